package vn.cchc.publisher.verification;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.content.TthcProcedure;

/**
 * A TTHC listing page to verify against the catalogue.
 *
 * @param publicationId the publication it belongs to; null for a check run by hand
 * @param unit the unit key
 * @param url the listing's URL
 * @param procedures the catalogue: every one must be shown, by its code
 */
public record TthcListingRequest(
        @Nullable Long publicationId, String unit, String url, List<TthcProcedure> procedures) {

    public TthcListingRequest {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(url, "url");
        procedures = List.copyOf(procedures);
    }
}
