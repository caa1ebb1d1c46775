package vn.cchc.publisher.verification;

import java.util.Collection;
import java.util.Map;

/** Reads the evidence kept by past verifications, for reports. */
public interface VerificationHistory {

    /**
     * The latest verification (by fetch time) of each of {@code publicationIds} that has one.
     *
     * @return by publication id; publications never verified are absent
     */
    Map<Long, VerificationRecord> latest(Collection<Long> publicationIds);
}
