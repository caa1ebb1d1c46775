package vn.cchc.publisher.channel.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import vn.cchc.publisher.channel.ChannelsProperties;

/**
 * Exponential backoff with jitter: the wait after the n-th failed attempt is
 * {@code initial × 2^(n-1)}, at most {@code max}, of which a random part up to {@code jitter} is taken
 * away, so that callers that failed together do not come back together.
 */
public final class Backoff {

    private final ChannelsProperties.Retry settings;
    private final DoubleSupplier random;

    /** @param random gives numbers in [0, 1) */
    public Backoff(ChannelsProperties.Retry settings, DoubleSupplier random) {
        this.settings = settings;
        this.random = random;
    }

    public Backoff(ChannelsProperties.Retry settings) {
        this(settings, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration delay(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1, was " + attempt);
        }
        long initial = settings.initialBackoff().toMillis();
        long max = settings.maxBackoff().toMillis();
        int shift = Math.min(attempt - 1, 30);
        long full = initial > (max >> shift) ? max : Math.min(max, initial << shift);
        double keep = 1.0 - settings.jitter() * random.getAsDouble();
        return Duration.ofMillis(Math.round(full * keep));
    }
}
