package vn.cchc.publisher.verification.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the verifier ({@code cchc.verification.*}). Each selector list is tried in order and the
 * first that matches wins, so one list serves WordPress block themes, classic themes and the local site.
 *
 * @param titleSelectors the post's heading
 * @param bodySelectors the container of the post's body
 * @param listingItemSelectors one post on a category, area or home page (a link to the post is looked for
 *     inside them; the whole page when none matches)
 * @param connectTimeout TCP connect timeout
 * @param readTimeout the longest a whole fetch (headers and body) may take
 * @param maxRedirects redirects followed before giving up
 * @param maxImages images of one page checked at most
 * @param maxListingPages pages of a listing looked through (following its link to older posts)
 * @param maxPageSize the largest page (or image fetched with GET) read; a larger one fails the check
 * @param userAgent the User-Agent sent
 * @param evidenceDir where the gzip snapshots of fetched pages are kept
 */
@ConfigurationProperties("cchc.verification")
record VerificationProperties(
        @DefaultValue({"h1.wp-block-post-title", "article h1.entry-title", "h1.entry-title", ".entry-title", "h1"})
        List<String> titleSelectors,

        @DefaultValue({
            "div.entry-content.wp-block-post-content",
            ".wp-block-post-content",
            "article .entry-content",
            "div.entry-content",
            ".entry-content",
            "article",
            "main"
        })
        List<String> bodySelectors,

        @DefaultValue({"li.wp-block-post", "li.post-item", "article", ".post", ".type-post"})
        List<String> listingItemSelectors,

        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("50") int maxImages,
        @DefaultValue("5") int maxListingPages,
        @DefaultValue("10MB") DataSize maxPageSize,
        @DefaultValue("cchc-publisher-verifier/1.0") String userAgent,
        @DefaultValue("data/evidence") Path evidenceDir) {

    /** The defaults, with the evidence kept under {@code evidenceDir}. */
    static VerificationProperties defaults(Path evidenceDir) {
        return new VerificationProperties(
                List.of("h1.wp-block-post-title", "article h1.entry-title", "h1.entry-title", ".entry-title", "h1"),
                List.of(
                        "div.entry-content.wp-block-post-content",
                        ".wp-block-post-content",
                        "article .entry-content",
                        "div.entry-content",
                        ".entry-content",
                        "article",
                        "main"),
                List.of("li.wp-block-post", "li.post-item", "article", ".post", ".type-post"),
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                5,
                50,
                5,
                DataSize.ofMegabytes(10),
                "cchc-publisher-verifier/1.0",
                evidenceDir);
    }

    VerificationProperties withTimeouts(Duration connect, Duration read) {
        return new VerificationProperties(
                titleSelectors,
                bodySelectors,
                listingItemSelectors,
                connect,
                read,
                maxRedirects,
                maxImages,
                maxListingPages,
                maxPageSize,
                userAgent,
                evidenceDir);
    }
}
