package vn.cchc.publisher.publishing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.publishing.PublicationView;

/**
 * Reconciles publications left in {@code publishing} longer than the claim timeout (the instance died,
 * or lost its database, between claiming and recording): the channel is asked whether the post exists
 * before anything is sent again. Found: published. Not found: back to approved for a normal attempt. The
 * channel cannot tell: retried later, by the same rule.
 */
class Recovery {

    private static final Logger log = LoggerFactory.getLogger(Recovery.class);

    private final PublicationStore store;
    private final Sender sender;
    private final OutcomeRecorder recorder;
    private final Renditions renditions;
    private final Duration claimTimeout;
    private final String instance;

    Recovery(
            PublicationStore store,
            Sender sender,
            OutcomeRecorder recorder,
            Renditions renditions,
            Duration claimTimeout,
            String instance) {
        this.store = store;
        this.sender = sender;
        this.recorder = recorder;
        this.renditions = renditions;
        this.claimTimeout = claimTimeout;
        this.instance = instance;
    }

    int recover(Map<String, Article> articles, Instant now) {
        Instant cutoff = now.minus(claimTimeout);
        int reconciled = 0;
        for (PublicationView stale : store.stale(cutoff)) {
            if (!store.reclaim(stale.id(), instance, cutoff, now)) {
                continue;
            }
            PublicationView p = store.find(stale.id()).orElseThrow();
            if (reconcile(p, articles.get(p.contentFile()), now)) {
                reconciled++;
            }
        }
        return reconciled;
    }

    private boolean reconcile(PublicationView p, @Nullable Article article, Instant now) {
        ChannelAdapter<?> adapter = sender.adapter(p.channel());
        if (adapter == null || article == null) {
            return recorder.needsAttention(
                    p,
                    instance,
                    "Không đối chiếu được bài sau sự cố: thiếu kênh hoặc tệp nội dung " + p.contentFile() + ".",
                    "Cannot reconcile after a crash: channel or content file " + p.contentFile() + " is missing.",
                    now);
        }
        if (p.remoteId() != null) {
            // an update of a post we know: sending it again is harmless
            return recorder.release(p, instance, "update interrupted; sent again", now);
        }
        ChannelOutcome.OfLookup found;
        try {
            found = lookup(adapter, p, article, now);
        } catch (RuntimeException e) {
            log.warn("publication {}: lookup after a crash failed: {}", p.id(), e.toString());
            found = new ChannelOutcome.RetryLater(
                    now, "Không hỏi được kênh sau sự cố.", e.getClass().getName());
        }
        log.info(
                "publication {}: reconciled after a crash: {}",
                p.id(),
                found.getClass().getSimpleName());
        if (found instanceof ChannelOutcome.AlreadyExists exists) {
            return recorder.published(
                    p, instance, exists.remoteId(), exists.publicUrl(), false, "found_after_crash", now);
        }
        if (found instanceof ChannelOutcome.RetryLater retry) {
            return recorder.retry(p, instance, retry.earliestRetry(), retry.reasonVi(), retry.reasonEn(), now);
        }
        if (found instanceof ChannelOutcome.NeedsAttention attention) {
            return recorder.needsAttention(p, instance, attention.reasonVi(), attention.reasonEn(), now);
        }
        return recorder.release(p, instance, "not on the channel", now);
    }

    private <R> ChannelOutcome.OfLookup lookup(
            ChannelAdapter<R> adapter, PublicationView p, Article article, Instant now) {
        Instant date = article.publishAt() != null ? article.publishAt().toInstant() : p.plannedAt();
        return adapter.findExisting(renditions.request(adapter, article, null, date.isAfter(now) ? now : date));
    }
}
