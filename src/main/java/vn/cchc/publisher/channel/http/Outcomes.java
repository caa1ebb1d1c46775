package vn.cchc.publisher.channel.http;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.channel.ChannelOutcome;

/** Turns what an adapter's work throws into the outcome its public method returns. */
public final class Outcomes {

    private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

    private Outcomes() {}

    /**
     * Runs {@code work}; a {@link FailedCall} becomes its failure, a {@link TransientFailure} that escaped
     * every retry loop becomes "retry later" now, and any other exception (a defect) "needs attention",
     * so that an adapter never throws. Every outcome set includes the failures, so
     * {@code asOutcome} is {@code f -> f}.
     *
     * @param what what is being done, for the log (no secrets)
     */
    public static <T extends ChannelOutcome> T guard(
            String what, Clock clock, Supplier<T> work, Function<ChannelOutcome.Failure, T> asOutcome) {
        try {
            return work.get();
        } catch (FailedCall failed) {
            ChannelOutcome.Failure failure = failed.failure();
            if (failure instanceof ChannelOutcome.NeedsAttention) {
                log.warn("{} needs attention: {}", what, failure.reasonEn());
            }
            return asOutcome.apply(failure);
        } catch (TransientFailure failure) {
            log.info("{}: {}", what, failure.reasonEn());
            return asOutcome.apply(
                    new ChannelOutcome.RetryLater(clock.instant(), failure.reasonVi(), failure.reasonEn()));
        } catch (RuntimeException unexpected) {
            // a defect, not something the channel did; its message is not logged, as nothing vouches
            // that it holds no secret
            StackTraceElement[] trace = unexpected.getStackTrace();
            log.error(
                    "{} failed unexpectedly: {} at {}",
                    what,
                    unexpected.getClass().getName(),
                    trace.length == 0 ? "?" : trace[0]);
            return asOutcome.apply(new ChannelOutcome.NeedsAttention(
                    "Lỗi không mong đợi trong dịch vụ (" + unexpected.getClass().getSimpleName()
                            + "); xem nhật ký của dịch vụ.",
                    "Unexpected error in the service (" + unexpected.getClass().getSimpleName()
                            + "); see the service log."));
        }
    }
}
