package vn.cchc.publisher.channel.http;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A failure worth another attempt: a timeout, a reset connection, a 5xx or 429 answer, an unreadable
 * body, a channel's "busy" code. {@link RetryLoop} waits and tries again; when it gives up, the call
 * answers "retry later". The message is the English reason, which holds no secret.
 */
public final class TransientFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonVi;
    private final @Nullable Instant notBefore;

    /**
     * @param reasonVi why, in Vietnamese
     * @param reasonEn why, in English
     * @param notBefore the earliest time the channel asked to be called again (Retry-After); null if it
     *     did not say
     */
    public TransientFailure(String reasonVi, String reasonEn, @Nullable Instant notBefore) {
        super(reasonEn, null, false, false);
        this.reasonVi = reasonVi;
        this.notBefore = notBefore;
    }

    public TransientFailure(String reasonVi, String reasonEn) {
        this(reasonVi, reasonEn, null);
    }

    public String reasonVi() {
        return reasonVi;
    }

    public String reasonEn() {
        return getMessage();
    }

    /** The earliest time the channel asked to be called again, if it said. */
    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }
}
