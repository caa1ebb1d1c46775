package vn.cchc.publisher.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a verification saw, as kept in table {@code verification}.
 *
 * @param url the URL asked for (for a read-back, the post's permalink if any, else the remote id)
 * @param finalUrl the URL that answered after redirects; null when nothing answered
 * @param redirects every hop, {@code "301 http://a/ -> http://b/"}, in order; empty if there was none
 * @param httpStatus the final HTTP status; null when nothing answered or for a read-back
 * @param fetchedAt when the fetch started
 * @param duration how long it took
 * @param sha256 SHA-256 (lower-case hex) of the fetched bytes; null when there were none
 * @param snapshot the gzip file the fetched bytes are kept in, relative to the evidence directory; null
 *     when there were none
 */
public record Evidence(
        String url,
        @Nullable String finalUrl,
        List<String> redirects,
        @Nullable Integer httpStatus,
        Instant fetchedAt,
        Duration duration,
        @Nullable String sha256,
        @Nullable String snapshot) {

    public Evidence {
        redirects = List.copyOf(redirects);
    }
}
