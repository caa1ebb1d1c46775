package vn.cchc.publisher.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads the publishing queue. */
public interface Publications {

    /** The publication with this id; empty if there is none. */
    Optional<PublicationView> find(long id);

    /** The publications in {@code state} (every one when null), oldest planned first. */
    List<PublicationView> list(@Nullable PublicationStatus state);

    /**
     * Records that a published publication was checked on its channel and shows what was sent.
     *
     * @return false when the publication is not {@code published} (any more)
     */
    boolean markVerified(long id, Instant at);
}
