package vn.cchc.publisher.publishing.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;

/**
 * The publishing module's Micrometer meters:
 *
 * <ul>
 *   <li>{@code cchc.publications} (counter), tags {@code outcome} ({@code queued}, {@code approved}, {@code
 *       rejected}, {@code published}, {@code updated}, {@code failed-retry}, {@code needs-attention}, {@code
 *       cancelled}, {@code unpublished}) and {@code channel}: counted from the {@link PublishingEvents} once
 *       the change is committed;
 *   <li>{@code cchc.publications.state} (gauge), tag {@code state}: the publications in each state;
 *   <li>{@code cchc.queue.age} (gauge, seconds): how long the publication that has waited longest has
 *       waited (see {@link PublicationStore#oldestWaiting}); 0 when nothing waits.
 * </ul>
 *
 * The gauges read the database at most once per {@code cchc.metrics.state-refresh} (30 s by default),
 * however often they are scraped.
 */
@Component
class PublishingMetrics {

    static final String PUBLICATIONS = "cchc.publications";
    static final String STATES = "cchc.publications.state";
    static final String QUEUE_AGE = "cchc.queue.age";

    private static final Logger log = LoggerFactory.getLogger(PublishingMetrics.class);

    private final MeterRegistry registry;
    private final PublicationStore store;
    private final Clock clock;
    private final Duration refresh;
    private @Nullable Snapshot snapshot;

    /** What the gauges show, read at {@code at}. */
    private record Snapshot(Map<PublicationStatus, Long> counts, double queueAgeSeconds, Instant at) {}

    PublishingMetrics(
            MeterRegistry registry,
            PublicationStore store,
            Clock clock,
            @Value("${cchc.metrics.state-refresh:30s}") Duration refresh) {
        this.registry = registry;
        this.store = store;
        this.clock = clock;
        this.refresh = refresh;
        for (PublicationStatus state : PublicationStatus.values()) {
            Gauge.builder(STATES, this, metrics -> metrics.count(state))
                    .description("Publications in each state")
                    .tag("state", state.id())
                    .register(registry);
        }
        // the outcomes that matter most exist from the start, at 0, so a dashboard finds them
        for (Channel channel : Channel.values()) {
            for (String outcome : new String[] {"published", "failed-retry", "needs-attention"}) {
                counter(outcome, channel.id());
            }
        }
        Gauge.builder(QUEUE_AGE, this, PublishingMetrics::queueAgeSeconds)
                .description("Seconds the publication waiting longest (queued, or approved and due) has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublishingEvents.Queued event) {
        count("queued", event.channel());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublishingEvents.Decided event) {
        // the decision does not name the channel: the publication does
        String channel =
                store.find(event.publicationId()).map(p -> p.channel().id()).orElse("unknown");
        count(event.approved() ? "approved" : "rejected", channel);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublishingEvents.Published event) {
        count(event.update() ? "updated" : "published", event.channel());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublishingEvents.RetryScheduled event) {
        count("failed-retry", event.channel());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublishingEvents.NeedsAttention event) {
        count("needs-attention", event.channel());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublishingEvents.Withdrawn event) {
        count(event.unpublished() ? "unpublished" : "cancelled", event.channel());
    }

    private void count(String outcome, Channel channel) {
        count(outcome, channel.id());
    }

    private void count(String outcome, String channel) {
        counter(outcome, channel).increment();
    }

    private Counter counter(String outcome, String channel) {
        return Counter.builder(PUBLICATIONS)
                .description("Publishing outcomes, by outcome and channel")
                .tag("outcome", outcome)
                .tag("channel", channel)
                .register(registry);
    }

    private double count(PublicationStatus state) {
        Snapshot current = snapshot();
        return current == null ? Double.NaN : current.counts().getOrDefault(state, 0L);
    }

    private double queueAgeSeconds() {
        Snapshot current = snapshot();
        return current == null ? Double.NaN : current.queueAgeSeconds();
    }

    private synchronized @Nullable Snapshot snapshot() {
        Instant now = clock.instant();
        if (snapshot != null && snapshot.at().plus(refresh).isAfter(now)) {
            return snapshot;
        }
        try {
            Instant oldest = store.oldestWaiting(now);
            double age = oldest == null
                    ? 0
                    : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
            snapshot = new Snapshot(store.countByState(), age, now);
        } catch (DataAccessException e) {
            log.warn("publication gauges: the database could not be read: {}", e.getMessage());
        }
        return snapshot;
    }
}
