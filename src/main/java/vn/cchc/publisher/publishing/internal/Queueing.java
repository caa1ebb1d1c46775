package vn.cchc.publisher.publishing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;

/**
 * Puts content items in the queue, one publication per unit, item and channel. Queuing what is already
 * queued changes nothing; a rejected or cancelled publication is queued again. A publication that needs
 * no approval is approved at once, by {@code system}.
 */
class Queueing {

    private final PublicationStore store;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    Queueing(PublicationStore store, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.store = store;
        this.tx = tx;
        this.events = events;
    }

    /** The publications of the item on the channels, in channel order, queued where they were not. */
    List<PublicationView> queue(
            String unit,
            Article article,
            Set<Channel> channels,
            Instant plannedAt,
            boolean approvalRequired,
            String actor,
            Instant now) {
        List<PublicationView> result = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (channels.contains(channel)) {
                result.add(tx.execute(s -> queueOne(unit, article, channel, plannedAt, approvalRequired, actor, now)));
            }
        }
        return result;
    }

    private PublicationView queueOne(
            String unit,
            Article article,
            Channel channel,
            Instant plannedAt,
            boolean approvalRequired,
            String actor,
            Instant now) {
        Optional<PublicationView> existing = store.find(unit, article.file(), channel);
        long id;
        if (existing.isEmpty()) {
            id = store.insert(new PublicationStore.NewPublication(
                    unit,
                    article.file(),
                    channel,
                    article.title(),
                    article.contentHash(),
                    plannedAt,
                    approvalRequired ? PublicationStatus.QUEUED : PublicationStatus.APPROVED,
                    approvalRequired,
                    actor,
                    now));
        } else if (existing.get().state() == PublicationStatus.REJECTED
                || existing.get().state() == PublicationStatus.CANCELLED) {
            id = existing.get().id();
            Map<String, @Nullable Object> set = new HashMap<>();
            set.put("content_hash", article.contentHash());
            set.put("title", article.title());
            set.put("planned_at", plannedAt);
            set.put("queued_by", actor);
            set.put("queued_at", now);
            set.put("approval_required", approvalRequired);
            set.put("attempts", 0);
            if (!store.move(id, existing.get().state(), PublicationStatus.QUEUED, now, set, null)) {
                return store.find(id).orElseThrow();
            }
            if (!approvalRequired) {
                store.move(
                        id, PublicationStatus.QUEUED, PublicationStatus.APPROVED, now, approvedBySystem(article), null);
            }
        } else {
            return existing.get();
        }
        events.publishEvent(new PublishingEvents.Queued(
                id, unit, article.file(), article.contentHash(), channel, plannedAt, actor, now));
        if (approvalRequired) {
            events.publishEvent(new PublishingEvents.ApprovalRequested(id, unit, article.title(), channel, actor, now));
        }
        return store.find(id).orElseThrow();
    }

    private static Map<String, @Nullable Object> approvedBySystem(Article article) {
        Map<String, @Nullable Object> set = new HashMap<>();
        set.put("approved_hash", article.contentHash());
        return set;
    }
}
