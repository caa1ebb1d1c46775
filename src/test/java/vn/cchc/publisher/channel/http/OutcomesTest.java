package vn.cchc.publisher.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.cchc.publisher.channel.ChannelOutcome;

class OutcomesTest {

    final FakeTime time = new FakeTime();

    @Test
    void aFailedCallBecomesItsFailure() {
        ChannelOutcome.NeedsAttention attention = new ChannelOutcome.NeedsAttention("sai", "wrong");

        ChannelOutcome.OfPublish outcome = Outcomes.guard(
                "test",
                time,
                () -> {
                    throw new FailedCall(attention);
                },
                f -> f);

        assertThat(outcome).isSameAs(attention);
    }

    @Test
    void aTransientFailureLeftOverBecomesRetryLaterNow() {
        ChannelOutcome.OfLookup outcome = Outcomes.guard(
                "test",
                time,
                () -> {
                    throw new TransientFailure("bận", "busy");
                },
                f -> f);

        assertThat(outcome).isEqualTo(new ChannelOutcome.RetryLater(FakeTime.START, "bận", "busy"));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aDefectNeedsAttentionAndItsMessageIsNotLogged(CapturedOutput output) {
        ChannelOutcome.OfUnpublish outcome = Outcomes.guard(
                "test",
                time,
                () -> {
                    throw new IllegalStateException("token-in-a-message");
                },
                f -> f);

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(outcome.toString()).contains("IllegalStateException").doesNotContain("token-in-a-message");
        assertThat(output.getAll()).contains("IllegalStateException").doesNotContain("token-in-a-message");
    }
}
