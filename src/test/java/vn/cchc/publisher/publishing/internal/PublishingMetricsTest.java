package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;

/** The publishing meters: outcome counters from the events, state and queue-age gauges from the table. */
class PublishingMetricsTest {

    private final Harness harness = new Harness();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SettableClock clock = new SettableClock("2026-03-02T03:00:00Z");
    private final PublishingMetrics metrics =
            new PublishingMetrics(registry, harness.store, clock, Duration.ofSeconds(30));

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void countsEachOutcomeByChannel() {
        Instant at = clock.instant();
        long id = insert("a", Channel.FACEBOOK, PublicationStatus.QUEUED, at);
        metrics.on(new PublishingEvents.Published(1, "u", "articles/x.md", "h", Channel.WEBSITE, "x", "u", false, at));
        metrics.on(new PublishingEvents.Published(2, "u", "articles/y.md", "h", Channel.WEBSITE, "y", "u", false, at));
        metrics.on(new PublishingEvents.Published(3, "u", "articles/z.md", "h", Channel.ZALO, "z", "u", true, at));
        metrics.on(new PublishingEvents.RetryScheduled(4, "u", Channel.FACEBOOK, "busy", at, at));
        metrics.on(new PublishingEvents.NeedsAttention(5, "u", "t", Channel.ZALO, "vi", "en", at));
        metrics.on(new PublishingEvents.Decided(id, "u", "h", false, "Sửa lại", "lanhdao", at));
        metrics.on(new PublishingEvents.Withdrawn(6, "u", Channel.WEBSITE, false, "canbo", at));

        assertThat(count("published", "website")).isEqualTo(2);
        assertThat(count("updated", "zalo")).isEqualTo(1);
        assertThat(count("published", "zalo")).isZero();
        assertThat(count("failed-retry", "facebook")).isEqualTo(1);
        assertThat(count("needs-attention", "zalo")).isEqualTo(1);
        // the decision names no channel: it is the publication's
        assertThat(count("rejected", "facebook")).isEqualTo(1);
        assertThat(count("cancelled", "website")).isEqualTo(1);
    }

    @Test
    void gaugesShowTheStatesAndHowLongTheOldestWaitingPublicationHasWaited() {
        Instant now = clock.instant();
        // queued 2 h ago, waiting for the approver: the oldest
        insert("queued", Channel.WEBSITE, PublicationStatus.QUEUED, now.minus(Duration.ofHours(2)));
        // approved, due 30 min ago
        long due = insert("due", Channel.WEBSITE, PublicationStatus.APPROVED, now.minus(Duration.ofDays(3)));
        plan(due, now.minus(Duration.ofMinutes(30)));
        // approved but planned for tomorrow, and published long ago: not waiting
        long later = insert("later", Channel.WEBSITE, PublicationStatus.APPROVED, now.minus(Duration.ofDays(5)));
        plan(later, now.plus(Duration.ofDays(1)));
        insert("done", Channel.FACEBOOK, PublicationStatus.PUBLISHED, now.minus(Duration.ofDays(9)));

        assertThat(gauge("queued")).isEqualTo(1);
        assertThat(gauge("approved")).isEqualTo(2);
        assertThat(gauge("published")).isEqualTo(1);
        assertThat(gauge("verified")).isZero();
        assertThat(registry.get(PublishingMetrics.QUEUE_AGE).gauge().value()).isEqualTo(7200.0);

        // read at most every 30 s: a change shows only then
        insert("more", Channel.ZALO, PublicationStatus.QUEUED, now);
        clock.set("2026-03-02T03:00:20Z");
        assertThat(gauge("queued")).isEqualTo(1);
        clock.set("2026-03-02T03:00:31Z");
        assertThat(gauge("queued")).isEqualTo(2);
        assertThat(registry.get(PublishingMetrics.QUEUE_AGE).gauge().value()).isEqualTo(7231.0);
    }

    @Test
    void queueAgeIsZeroWhenNothingWaits() {
        insert(
                "done",
                Channel.WEBSITE,
                PublicationStatus.VERIFIED,
                clock.instant().minus(Duration.ofDays(1)));

        assertThat(registry.get(PublishingMetrics.QUEUE_AGE).gauge().value()).isZero();
        assertThat(gauge("verified")).isEqualTo(1);
    }

    private long insert(String name, Channel channel, PublicationStatus state, Instant queuedAt) {
        return harness.store.insert(new PublicationStore.NewPublication(
                "u", "articles/" + name + ".md", channel, name, "h-" + name, queuedAt, state, true, "canbo", queuedAt));
    }

    private void plan(long id, Instant plannedAt) {
        JdbcClient.create(harness.dataSource)
                .sql("update publication set planned_at = ? where id = ?")
                .params(PublicationStore.time(plannedAt), id)
                .update();
    }

    private double count(String outcome, String channel) {
        var counter = registry.find(PublishingMetrics.PUBLICATIONS)
                .tags("outcome", outcome, "channel", channel)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private double gauge(String state) {
        return registry.get(PublishingMetrics.STATES)
                .tag("state", state)
                .gauge()
                .value();
    }
}
