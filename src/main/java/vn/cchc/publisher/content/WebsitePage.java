package vn.cchc.publisher.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The website version of an article.
 *
 * @param slug the slug
 * @param title the title (plain text)
 * @param html the sanitised HTML fragment of the body, image sources rewritten by {@link Links#mediaUrl()}
 * @param excerpt the summary or first paragraph as plain text; null if the article has neither
 * @param images the images to upload with it, relative to the content directory, cover first
 */
public record WebsitePage(
        String slug, String title, String html, @Nullable String excerpt, List<String> images) {

    public WebsitePage {
        images = List.copyOf(images);
    }
}
