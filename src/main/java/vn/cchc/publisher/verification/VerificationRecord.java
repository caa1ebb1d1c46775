package vn.cchc.publisher.verification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One verification as kept in table {@code verification}, for reports.
 *
 * @param id its number
 * @param publicationId the publication it checked; null for a check run by hand
 * @param unit the unit key
 * @param kind {@code page}, {@code tthc-listing} or {@code read-back}
 * @param url the URL asked for
 * @param finalUrl the URL that answered after redirects; null when nothing answered
 * @param passed whether every check passed
 * @param httpStatus the final HTTP status; null when nothing answered or for a read-back
 * @param fetchedAt when it was made
 * @param sha256 SHA-256 (lower-case hex) of the fetched bytes; null when there were none
 */
public record VerificationRecord(
        long id,
        @Nullable Long publicationId,
        String unit,
        String kind,
        String url,
        @Nullable String finalUrl,
        boolean passed,
        @Nullable Integer httpStatus,
        Instant fetchedAt,
        @Nullable String sha256) {}
