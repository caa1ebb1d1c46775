package vn.cchc.publisher.channel.http;

import vn.cchc.publisher.channel.ChannelOutcome;

/**
 * Carries a final failure from deep in an adapter up to its public method, which returns the failure as
 * the outcome. Not retried. The message is the English reason, which holds no secret.
 */
public final class FailedCall extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ChannelOutcome.Failure failure;

    public FailedCall(ChannelOutcome.Failure failure) {
        super(failure.reasonEn(), null, false, false);
        this.failure = failure;
    }

    /** The failure to return. */
    public ChannelOutcome.Failure failure() {
        return failure;
    }
}
