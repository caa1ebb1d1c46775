package vn.cchc.publisher.channel;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.Links;

/**
 * Everything an adapter needs to publish one article on its channel.
 *
 * <p>The rendition was rendered with {@code links}. Adapters that upload images themselves (WordPress)
 * find each image in the rendition by the URL {@code links.mediaUrl()} gave for its content-relative
 * path, and replace that URL with the one the channel returns after the upload; so {@code mediaUrl} must
 * give a distinct URL to each path (any URL: it is only a placeholder for such channels).
 *
 * @param article the article
 * @param rendition the article rendered for the channel ({@code WebsitePage}, {@code FacebookPost},
 *     {@code ZaloArticle})
 * @param links the links the rendition was rendered with
 * @param contentDir the content directory the article's images are read from
 * @param date the publication time the post shows (WordPress {@code date_gmt})
 * @param <R> the rendition type
 */
public record PublishRequest<R>(Article article, R rendition, Links links, Path contentDir, Instant date) {

    public PublishRequest {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(rendition, "rendition");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(date, "date");
    }
}
