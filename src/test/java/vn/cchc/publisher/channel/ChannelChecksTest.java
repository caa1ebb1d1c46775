package vn.cchc.publisher.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.ResolvableType;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.shared.Channel;

/** Each channel's health: configured or not, reachable or not, asked at most once per interval. */
class ChannelChecksTest {

    private final SettableClock clock = new SettableClock("2026-03-02T03:00:00Z");
    private ChannelChecks health;

    @AfterEach
    void close() {
        if (health != null) {
            health.close();
        }
    }

    @Test
    void theEmbeddedDefaultIsUpWithFacebookNotConfiguredAndZaloDisabled() {
        health = health(
                Duration.ofSeconds(2),
                new Stub(Channel.WEBSITE, "local-site", ChannelStatus.State.READY, List.of()),
                new Stub(
                        Channel.FACEBOOK,
                        "facebook",
                        ChannelStatus.State.NOT_CONFIGURED,
                        List.of("FACEBOOK_PAGE_TOKEN")));

        Health website = health.health(Channel.WEBSITE);
        assertThat(website.getStatus()).isEqualTo(Status.UP);
        assertThat(website.getDetails())
                .containsEntry("adapter", "local-site")
                .containsEntry("state", "ready")
                .containsEntry("configured", true)
                .containsEntry("checkedAt", "2026-03-02T03:00:00Z");

        // "not configured" does not take the service down: UNKNOWN counts for nothing in the aggregate
        Health facebook = health.health(Channel.FACEBOOK);
        assertThat(facebook.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(facebook.getDetails())
                .containsEntry("configured", false)
                .containsEntry("state", "not_configured")
                .containsEntry("missing", List.of("FACEBOOK_PAGE_TOKEN"));

        Health zalo = health.health(Channel.ZALO);
        assertThat(zalo.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(zalo.getDetails()).containsEntry("enabled", false);
    }

    @Test
    void anUnreachableOrRefusingChannelIsDown() {
        health = health(
                Duration.ofSeconds(2),
                new Stub(Channel.FACEBOOK, "facebook", ChannelStatus.State.REJECTED, List.of()),
                new Stub(Channel.ZALO, "zalo", ChannelStatus.State.UNREACHABLE, List.of()));

        assertThat(health.health(Channel.FACEBOOK).getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health(Channel.FACEBOOK).getDetails()).containsEntry("state", "rejected");
        assertThat(health.health(Channel.ZALO).getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health(Channel.ZALO).getDetails()).containsEntry("detail", "zalo: unreachable");
    }

    @Test
    void asksTheChannelAtMostOncePerInterval() {
        Stub facebook = new Stub(Channel.FACEBOOK, "facebook", ChannelStatus.State.READY, List.of());
        health = health(Duration.ofSeconds(2), facebook);

        for (int i = 0; i < 5; i++) {
            assertThat(health.health(Channel.FACEBOOK).getStatus()).isEqualTo(Status.UP);
        }
        assertThat(facebook.calls).hasValue(1);

        clock.set("2026-03-02T03:04:59Z");
        health.health(Channel.FACEBOOK);
        assertThat(facebook.calls).hasValue(1);

        clock.set("2026-03-02T03:05:00Z");
        facebook.state = ChannelStatus.State.UNREACHABLE;
        assertThat(health.health(Channel.FACEBOOK).getStatus()).isEqualTo(Status.DOWN);
        assertThat(facebook.calls).hasValue(2);
    }

    @Test
    void aSlowChannelDoesNotHoldTheHealthRequest() throws Exception {
        Stub zalo = new Stub(Channel.ZALO, "zalo", ChannelStatus.State.READY, List.of());
        zalo.gate = new CountDownLatch(1);
        health = health(Duration.ofMillis(50), zalo);

        long start = System.nanoTime();
        Health first = health.health(Channel.ZALO);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(first.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(first.getDetails()).containsEntry("state", "checking");
        // a second request does not start a second check
        health.health(Channel.ZALO);
        assertThat(zalo.calls).hasValue(1);

        zalo.gate.countDown();
        Thread.sleep(100);
        assertThat(health.health(Channel.ZALO).getStatus()).isEqualTo(Status.UP);
        assertThat(zalo.calls).hasValue(1);
    }

    private ChannelChecks health(Duration wait, Stub... adapters) {
        Map<String, Object> beans = new HashMap<>();
        for (Stub adapter : adapters) {
            beans.put(adapter.name(), adapter);
        }
        ObjectProvider<ChannelAdapter<?>> provider =
                new StaticListableBeanFactory(beans).getBeanProvider(ResolvableType.forClass(ChannelAdapter.class));
        return new ChannelChecks(new Channels(provider), clock, Duration.ofMinutes(5), wait);
    }

    /** An adapter whose status is set by the test, counting how often it is asked. */
    static final class Stub extends ChannelsTest.NamedAdapter {

        volatile ChannelStatus.State state;
        final List<String> missing;
        final AtomicInteger calls = new AtomicInteger();
        volatile CountDownLatch gate = new CountDownLatch(0);

        Stub(Channel channel, String name, ChannelStatus.State state, List<String> missing) {
            super(channel, name);
            this.state = state;
            this.missing = missing;
        }

        @Override
        public ChannelStatus status() {
            calls.incrementAndGet();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ChannelStatus(
                    channel(),
                    name(),
                    state,
                    missing,
                    "vi",
                    name() + ": " + state.name().toLowerCase(Locale.ROOT));
        }
    }
}
