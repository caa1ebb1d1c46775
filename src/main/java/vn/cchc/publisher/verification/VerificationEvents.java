package vn.cchc.publisher.verification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The events a verification publishes (Spring application events): the publishing module sets a failed
 * publication to {@code needs_attention}, the audit ledger records both.
 */
public final class VerificationEvents {

    private VerificationEvents() {}

    /**
     * Every check passed.
     *
     * @param publicationId the publication; null for a check run by hand
     * @param unit the unit key
     * @param kind {@code page}, {@code tthc-listing} or {@code read-back}
     * @param url the URL verified (or the remote id of a read-back without permalink)
     * @param sha256 the SHA-256 of the fetched HTML; null for a read-back
     * @param at when it was fetched
     */
    public record Verified(
            @Nullable Long publicationId,
            String unit,
            String kind,
            String url,
            @Nullable String sha256,
            Instant at) {}

    /**
     * At least one check failed.
     *
     * @param publicationId the publication; null for a check run by hand
     * @param unit the unit key
     * @param kind {@code page}, {@code tthc-listing} or {@code read-back}
     * @param url the URL verified
     * @param reasonsVi one line per failed check, in Vietnamese
     * @param reasonsEn the same in English
     * @param sha256 the SHA-256 of the fetched HTML; null when nothing was fetched
     * @param at when it was fetched
     */
    public record VerificationFailed(
            @Nullable Long publicationId,
            String unit,
            String kind,
            String url,
            List<String> reasonsVi,
            List<String> reasonsEn,
            @Nullable String sha256,
            Instant at) {

        public VerificationFailed {
            reasonsVi = List.copyOf(reasonsVi);
            reasonsEn = List.copyOf(reasonsEn);
        }
    }
}
