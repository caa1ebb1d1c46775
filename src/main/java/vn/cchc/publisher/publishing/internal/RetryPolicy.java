package vn.cchc.publisher.publishing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When a publication that failed transiently is tried again: exponential backoff from the initial wait,
 * doubled per attempt up to the maximum, with up to half of it taken away at random (so that many
 * publications failing together do not come back together), and never before the channel's own earliest
 * retry.
 */
class RetryPolicy {

    private final Duration initial;
    private final Duration max;
    private final int maxAttempts;
    private final RandomGenerator random;

    RetryPolicy(PublishingProperties properties, RandomGenerator random) {
        this.initial = properties.initialBackoff();
        this.max = properties.maxBackoff();
        this.maxAttempts = properties.maxAttempts();
        this.random = random;
    }

    /** Whether a publication that has had {@code attempts} attempts may have another. */
    boolean mayRetry(int attempts) {
        return attempts < maxAttempts;
    }

    /** The next attempt after the {@code attempts}-th failed at {@code now}. */
    Instant nextAttempt(int attempts, Instant now, Instant earliestRetry) {
        long initialMillis = Math.max(1, initial.toMillis());
        int doublings = Math.min(Math.max(0, attempts - 1), 30);
        long wait = Math.min(max.toMillis(), initialMillis << doublings);
        long jittered = wait - (long) (random.nextDouble() * wait / 2);
        Instant backoff = now.plusMillis(Math.max(1, jittered));
        return backoff.isAfter(earliestRetry) ? backoff : earliestRetry;
    }
}
