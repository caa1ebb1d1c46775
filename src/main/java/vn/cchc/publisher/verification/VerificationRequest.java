package vn.cchc.publisher.verification;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.content.WebsitePage;

/**
 * A website page to verify.
 *
 * @param publicationId the publication it belongs to; null for a check run by hand
 * @param unit the unit key, for the evidence and the audit
 * @param url the published URL
 * @param page the article's website rendering the page must show
 * @param listingUrl the CCHC category or area page that must link to the post; null to skip that check
 */
public record VerificationRequest(
        @Nullable Long publicationId,
        String unit,
        String url,
        WebsitePage page,
        @Nullable String listingUrl) {

    public VerificationRequest {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(page, "page");
    }
}
