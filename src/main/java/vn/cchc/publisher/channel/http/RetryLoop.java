package vn.cchc.publisher.channel.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelsProperties;

/**
 * Runs an attempt again after a {@link TransientFailure}, waiting with exponential backoff (or as long as
 * the channel asked), up to the configured number of attempts. When attempts run out, or the wait would
 * be longer than {@code maxWaitInCall}, it throws a {@link FailedCall} with
 * {@link ChannelOutcome.RetryLater} at the time a new attempt makes sense. Anything else the attempt
 * throws goes through untouched: permanent failures are never retried.
 */
public final class RetryLoop {

    private static final Logger log = LoggerFactory.getLogger(RetryLoop.class);

    private final ChannelsProperties.Retry settings;
    private final Backoff backoff;
    private final Clock clock;
    private final Pause pause;

    public RetryLoop(ChannelsProperties.Retry settings, Backoff backoff, Clock clock, Pause pause) {
        this.settings = settings;
        this.backoff = backoff;
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * Runs {@code attempt} with the attempt number (1-based) until it returns.
     *
     * @param what what is being done, for the log (no secrets)
     */
    public <T> T run(String what, IntFunction<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.apply(n);
            } catch (TransientFailure failure) {
                Instant now = clock.instant();
                Duration wait = backoff.delay(n);
                Instant asked = failure.notBefore().orElse(now);
                if (asked.isAfter(now.plus(wait))) {
                    wait = Duration.between(now, asked);
                }
                if (n >= settings.maxAttempts() || wait.compareTo(settings.maxWaitInCall()) > 0) {
                    log.info(
                            "{}: {} (attempt {} of {}); retry after {}",
                            what,
                            failure.reasonEn(),
                            n,
                            settings.maxAttempts(),
                            now.plus(wait));
                    throw new FailedCall(
                            new ChannelOutcome.RetryLater(now.plus(wait), failure.reasonVi(), failure.reasonEn()));
                }
                log.debug(
                        "{}: {} (attempt {} of {}); trying again in {} ms",
                        what,
                        failure.reasonEn(),
                        n,
                        settings.maxAttempts(),
                        wait.toMillis());
                pause.pause(wait);
            }
        }
    }
}
