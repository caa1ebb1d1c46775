package vn.cchc.publisher.channel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.channel.ChannelOutcome;

class RetryLoopTest {

    final FakeTime time = new FakeTime();
    final RetryLoop loop = TestChannels.retryLoop(time);

    @Test
    void retriesATransientFailureAfterABackoff() {
        AtomicInteger calls = new AtomicInteger();

        String result = loop.run("test", attempt -> {
            if (calls.incrementAndGet() < 3) {
                throw new TransientFailure("bận", "busy");
            }
            return "done on attempt " + attempt;
        });

        assertThat(result).isEqualTo("done on attempt 3");
        assertThat(time.pauses()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void givesUpWithRetryLaterWhenAttemptsRunOut() {
        assertThatThrownBy(() -> loop.run("test", attempt -> {
                    throw new TransientFailure("bận", "busy");
                }))
                .isInstanceOfSatisfying(
                        FailedCall.class,
                        failed -> assertThat(failed.failure())
                                .isEqualTo(new ChannelOutcome.RetryLater(
                                        FakeTime.START.plusSeconds(1 + 2 + 4), "bận", "busy")));
        assertThat(time.pauses()).hasSize(2);
    }

    @Test
    void waitsAsLongAsTheChannelAsksWhenThatIsLongerThanTheBackoff() {
        AtomicInteger calls = new AtomicInteger();

        loop.run("test", attempt -> {
            if (calls.incrementAndGet() == 1) {
                throw new TransientFailure("bận", "busy", time.instant().plusSeconds(9));
            }
            return "ok";
        });

        assertThat(time.pauses()).containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void doesNotSpendALongWaitInsideTheCall() {
        assertThatThrownBy(() -> loop.run("test", attempt -> {
                    throw new TransientFailure("bận", "busy", time.instant().plusSeconds(3_600));
                }))
                .isInstanceOfSatisfying(
                        FailedCall.class,
                        failed -> assertThat(((ChannelOutcome.RetryLater) failed.failure()).earliestRetry())
                                .isEqualTo(FakeTime.START.plusSeconds(3_600)));
        assertThat(time.pauses()).isEmpty();
    }

    @Test
    void neverRetriesAPermanentFailure() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> loop.run("test", attempt -> {
                    calls.incrementAndGet();
                    throw new FailedCall(new ChannelOutcome.NeedsAttention("sai", "wrong"));
                }))
                .isInstanceOf(FailedCall.class);
        assertThat(calls).hasValue(1);
        assertThat(time.pauses()).isEmpty();
    }
}
