package vn.cchc.publisher.channel;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Area;

/**
 * An article page of the local site.
 *
 * @param slug the slug, the last part of its path
 * @param title the title
 * @param url its public URL
 * @param publishedAt the date it shows
 * @param area its reform area or general topic; null if none
 * @param excerpt the summary shown in the lists and as the page description; null if none
 * @param cover the cover image, relative to the content directory, or its http(s) address; null if none
 */
public record SitePage(
        String slug,
        String title,
        String url,
        OffsetDateTime publishedAt,
        @Nullable Area area,
        @Nullable String excerpt,
        @Nullable String cover) {}
