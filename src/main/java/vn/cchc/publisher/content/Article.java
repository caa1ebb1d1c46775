package vn.cchc.publisher.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

/**
 * One valid article of {@code content/articles/}.
 *
 * @param file the file, relative to the content directory, with forward slashes ({@code articles/x.md})
 * @param slug the slug: front matter {@code slug}, else made from the title the way WordPress does
 * @param title the title
 * @param area the reform area or general topic; null if the article names none
 * @param target the plan target id the article is written for; null if not given
 * @param channels the channels it goes to (all, unless the front matter names some)
 * @param publishAt the earliest publication time, in the unit's time zone; null if not given
 * @param summary the summary (Facebook message, Zalo description); null if not given
 * @param cover the cover image, relative to the content directory, or an absolute http(s) URL; null if none
 * @param tags the tags, in file order
 * @param status draft or ready
 * @param markdown the markdown body after the front matter
 * @param bodyLine the 1-based line of the file where the body starts
 * @param contentHash SHA-256 (lower-case hex) of the file's bytes: the content revision
 * @param images the local images the cover and body refer to, relative to the content directory, cover
 *     first, without duplicates (http(s) images are not listed)
 */
public record Article(
        String file,
        String slug,
        String title,
        @Nullable Area area,
        @Nullable String target,
        Set<Channel> channels,
        @Nullable OffsetDateTime publishAt,
        @Nullable String summary,
        @Nullable String cover,
        List<String> tags,
        ArticleStatus status,
        String markdown,
        int bodyLine,
        String contentHash,
        List<String> images) {

    public Article {
        channels = Set.copyOf(channels);
        tags = List.copyOf(tags);
        images = List.copyOf(images);
    }
}
