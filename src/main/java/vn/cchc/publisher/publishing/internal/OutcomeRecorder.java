package vn.cchc.publisher.publishing.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEvents;

/**
 * Records what became of a claimed publication, each in one short transaction with its event. A
 * publication that is no longer claimed by the instance (another one recovered it) is left alone.
 */
class OutcomeRecorder {

    private final PublicationStore store;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final RetryPolicy retries;

    OutcomeRecorder(
            PublicationStore store, TransactionTemplate tx, ApplicationEventPublisher events, RetryPolicy retries) {
        this.store = store;
        this.tx = tx;
        this.events = events;
        this.retries = retries;
    }

    /** The post is on the channel. */
    boolean published(
            PublicationView p,
            String instance,
            String remoteId,
            String url,
            boolean update,
            String outcome,
            Instant now) {
        return inTx(() -> {
            Map<String, @Nullable Object> set = new HashMap<>();
            set.put("remote_id", remoteId);
            set.put("remote_url", url.isEmpty() && p.url() != null ? p.url() : url);
            set.put("published_hash", p.contentHash());
            set.put("published_at", now);
            set.put("next_attempt_at", null);
            set.put("last_error_vi", null);
            set.put("last_error_en", null);
            if (!store.move(p.id(), PublicationStatus.PUBLISHING, PublicationStatus.PUBLISHED, now, set, instance)) {
                return false;
            }
            store.finishAttempts(p.id(), outcome, remoteId, now);
            events.publishEvent(new PublishingEvents.Published(
                    p.id(), p.unit(), p.contentFile(), p.contentHash(), p.channel(), remoteId, url, update, now));
            return true;
        });
    }

    /** A transient failure: retried later, or handed to the officer after too many attempts. */
    boolean retry(
            PublicationView p, String instance, Instant earliestRetry, String reasonVi, String reasonEn, Instant now) {
        if (!retries.mayRetry(p.attempts())) {
            return needsAttention(
                    p,
                    instance,
                    "Đã thử " + p.attempts() + " lần không thành công: " + reasonVi,
                    "Failed " + p.attempts() + " times: " + reasonEn,
                    now);
        }
        Instant next = retries.nextAttempt(p.attempts(), now, earliestRetry);
        return inTx(() -> {
            Map<String, @Nullable Object> set = new HashMap<>();
            set.put("next_attempt_at", next);
            set.put("last_error_vi", PublicationStore.truncate(reasonVi));
            set.put("last_error_en", PublicationStore.truncate(reasonEn));
            if (!store.move(p.id(), PublicationStatus.PUBLISHING, PublicationStatus.RETRYING, now, set, instance)) {
                return false;
            }
            store.finishAttempts(p.id(), "retry_later", reasonEn, now);
            events.publishEvent(
                    new PublishingEvents.RetryScheduled(p.id(), p.unit(), p.channel(), reasonEn, next, now));
            return true;
        });
    }

    /** A permanent failure: the publication waits for the officer. */
    boolean needsAttention(PublicationView p, String instance, String reasonVi, String reasonEn, Instant now) {
        return inTx(() -> {
            Map<String, @Nullable Object> set = new HashMap<>();
            set.put("next_attempt_at", null);
            set.put("last_error_vi", PublicationStore.truncate(reasonVi));
            set.put("last_error_en", PublicationStore.truncate(reasonEn));
            if (!store.move(
                    p.id(), PublicationStatus.PUBLISHING, PublicationStatus.NEEDS_ATTENTION, now, set, instance)) {
                return false;
            }
            store.finishAttempts(p.id(), "needs_attention", reasonEn, now);
            events.publishEvent(new PublishingEvents.NeedsAttention(
                    p.id(), p.unit(), p.title(), p.channel(), reasonVi, reasonEn, now));
            return true;
        });
    }

    /** Nothing was sent (recovery found no post): back to approved for a normal attempt. */
    boolean release(PublicationView p, String instance, String detail, Instant now) {
        return inTx(() -> {
            Map<String, @Nullable Object> set = new HashMap<>();
            set.put("next_attempt_at", null);
            if (!store.move(p.id(), PublicationStatus.PUBLISHING, PublicationStatus.APPROVED, now, set, instance)) {
                return false;
            }
            store.finishAttempts(p.id(), "not_sent", detail, now);
            return true;
        });
    }

    private boolean inTx(java.util.function.Supplier<Boolean> work) {
        return Boolean.TRUE.equals(tx.execute(status -> work.get()));
    }
}
