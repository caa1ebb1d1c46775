package vn.cchc.publisher.channel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.channel.ChannelsProperties;

class BackoffTest {

    final ChannelsProperties.Retry settings = new ChannelsProperties.Retry(
            10, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5, Duration.ofSeconds(20));

    @Test
    void doublesTheWaitAfterEachFailureUpToTheMaximum() {
        Backoff noJitter = new Backoff(settings, () -> 0.0);

        assertThat(noJitter.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(noJitter.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(noJitter.delay(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(noJitter.delay(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(noJitter.delay(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(noJitter.delay(40)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterTakesAwayAtMostItsShareOfTheWait() {
        Backoff mostJitter = new Backoff(settings, () -> 0.999_999);

        assertThat(mostJitter.delay(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(new Backoff(settings, () -> 0.5).delay(3)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void realJitterStaysWithinTheBounds() {
        Backoff backoff = new Backoff(settings);
        for (int i = 0; i < 1_000; i++) {
            assertThat(backoff.delay(2)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void attemptsStartAtOne() {
        assertThatThrownBy(() -> new Backoff(settings).delay(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
