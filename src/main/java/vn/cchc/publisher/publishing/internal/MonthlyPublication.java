package vn.cchc.publisher.publishing.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.calendar.AssignedContent;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.plan.Approval;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.publishing.MonthlyResult;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEngine;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;

/**
 * The monthly automatic publication. For each slot of a monthly target due in the month: its ready
 * article is queued on the target's online channels (those the article allows), by {@code system};
 * what needs no approval (or was approved before) is published at once, the rest waits for the
 * approver, who is asked. A slot with nothing ready is recorded as a gap, once. Running it again for the
 * same month queues nothing twice.
 */
class MonthlyPublication {

    private static final Set<SlotState> EMPTY = EnumSet.of(SlotState.OPEN, SlotState.GAP, SlotState.FILLED);

    private final EditorialCalendar calendar;
    private final Queueing queueing;
    private final PublicationStore store;
    private final PublishingEngine engine;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    MonthlyPublication(
            EditorialCalendar calendar,
            PublicationStore store,
            PublishingEngine engine,
            TransactionTemplate tx,
            ApplicationEventPublisher events) {
        this.calendar = calendar;
        this.queueing = new Queueing(store, tx, events);
        this.store = store;
        this.engine = engine;
        this.tx = tx;
        this.events = events;
    }

    MonthlyResult run(YearMonth month, Instant now) {
        int queued = 0;
        int awaiting = 0;
        int gaps = 0;
        List<Long> toPublish = new ArrayList<>();
        for (Calendar unit : calendar.calendars(month.getYear(), null)) {
            for (Slot slot : unit.slots()) {
                if (!monthly(slot.target().rule())
                        || !YearMonth.from(slot.due()).equals(month)) {
                    continue;
                }
                Set<Channel> channels = EnumSet.noneOf(Channel.class);
                channels.addAll(slot.target().onlineChannels());
                if (channels.isEmpty()) {
                    continue;
                }
                Optional<Article> ready = slot.content().stream()
                        .map(AssignedContent::article)
                        .filter(a -> a.status() == ArticleStatus.READY)
                        .findFirst();
                if (ready.isEmpty()) {
                    if (EMPTY.contains(slot.state())) {
                        gaps++;
                        recordGap(unit, slot, now);
                    }
                    continue;
                }
                Article article = ready.get();
                channels.retainAll(article.channels());
                Instant plannedAt = article.publishAt() != null
                                && article.publishAt().toInstant().isAfter(now)
                        ? article.publishAt().toInstant()
                        : now;
                boolean required = slot.target().approval() == Approval.REQUIRED;
                for (Channel channel : channels) {
                    boolean known = store.find(unit.unitKey(), article.file(), channel)
                            .filter(p ->
                                    p.state() != PublicationStatus.CANCELLED && p.state() != PublicationStatus.REJECTED)
                            .isPresent();
                    PublicationView p = queueing.queue(
                                    unit.unitKey(), article, Set.of(channel), plannedAt, required, "system", now)
                            .get(0);
                    if (!known) {
                        queued++;
                    }
                    if (p.state() == PublicationStatus.APPROVED || p.state() == PublicationStatus.RETRYING) {
                        toPublish.add(p.id());
                    } else if (p.state() == PublicationStatus.QUEUED) {
                        awaiting++;
                    }
                }
            }
        }
        int published = 0;
        if (!toPublish.isEmpty()) {
            engine.publishDue(now, false);
            published = (int) toPublish.stream()
                    .map(store::find)
                    .flatMap(Optional::stream)
                    .filter(p -> p.state() == PublicationStatus.PUBLISHED)
                    .count();
        }
        return new MonthlyResult(queued, published, awaiting, gaps);
    }

    private void recordGap(Calendar unit, Slot slot, Instant now) {
        tx.executeWithoutResult(status -> {
            if (store.recordGap(slot.id(), unit.unitKey(), now)) {
                events.publishEvent(new PublishingEvents.GapRecorded(
                        slot.id(), unit.unitKey(), slot.target().task(), slot.due(), now));
            }
        });
    }

    private static boolean monthly(FrequencyRule rule) {
        if (rule instanceof FrequencyRule.PerPeriod per) {
            return per.period() == Period.MONTH;
        }
        return rule instanceof FrequencyRule.Multiple multiple
                && multiple.parts().stream().anyMatch(p -> p.period() == Period.MONTH);
    }
}
