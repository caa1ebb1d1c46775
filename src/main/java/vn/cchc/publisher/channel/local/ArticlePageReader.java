package vn.cchc.publisher.channel.local;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.channel.SitePage;
import vn.cchc.publisher.shared.Area;

/**
 * Reads what an article page says about itself (title, date, area, summary, cover) from the markup of
 * {@code templates/site/article.html}, so the pages on disk are the only record the site keeps.
 */
final class ArticlePageReader {

    private static final Logger log = LoggerFactory.getLogger(ArticlePageReader.class);

    private final SiteLayout layout;

    ArticlePageReader(SiteLayout layout) {
        this.layout = layout;
    }

    /** The page's summary; empty, with a warning, when the HTML is not one of our article pages. */
    Optional<SitePage> read(String slug, String html) {
        Document doc = Jsoup.parse(html);
        Element article = doc.selectFirst("article.post");
        Element title = doc.selectFirst("article.post h1.entry-title");
        Element time = doc.selectFirst("article.post time.published[datetime]");
        if (article == null || title == null || time == null) {
            log.warn("Skipping the local site page {}: it is not an article page", SiteLayout.articlePath(slug));
            return Optional.empty();
        }
        OffsetDateTime publishedAt;
        try {
            publishedAt = OffsetDateTime.parse(time.attr("datetime"));
        } catch (DateTimeParseException e) {
            log.warn(
                    "Skipping the local site page {}: bad date {}",
                    SiteLayout.articlePath(slug),
                    time.attr("datetime"));
            return Optional.empty();
        }
        Element description = doc.selectFirst("head meta[name=description]");
        return Optional.of(new SitePage(
                slug,
                title.text(),
                layout.url(SiteLayout.articlePath(slug)),
                publishedAt,
                Area.byId(article.attr("data-area")).orElse(null),
                description == null ? null : nonEmpty(description.attr("content")),
                nonEmpty(article.attr("data-cover"))));
    }

    private static @Nullable String nonEmpty(String value) {
        return value.isBlank() ? null : value;
    }
}
