package vn.cchc.publisher.publishing.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEvents;

/**
 * Keeps publications bound to their content revision. When an article's file changes:
 *
 * <ul>
 *   <li>an approval given for the old revision is withdrawn (back to {@code queued}, the approver is asked
 *       again, and the publication says why), unless the publication needs no approval;
 *   <li>a published item is queued again as an update of the same remote post;
 *   <li>a rejected item goes back to the approver;
 *   <li>a queued item simply waits with the new revision.
 * </ul>
 */
class ContentChanges {

    static final String CHANGED_AFTER_APPROVAL = "Nội dung đã thay đổi sau khi duyệt; cần duyệt lại.";
    static final String CHANGED_AFTER_PUBLISHING = "Nội dung đã thay đổi sau khi đăng; cần duyệt bản cập nhật.";

    private static final List<PublicationStatus> WATCHED = List.of(
            PublicationStatus.QUEUED,
            PublicationStatus.APPROVED,
            PublicationStatus.RETRYING,
            PublicationStatus.NEEDS_ATTENTION,
            PublicationStatus.PUBLISHED,
            PublicationStatus.VERIFIED,
            PublicationStatus.REJECTED);

    private final PublicationStore store;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    ContentChanges(PublicationStore store, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.store = store;
        this.tx = tx;
        this.events = events;
    }

    /** Applies every change of content since the publications were queued; returns how many changed. */
    int apply(Map<String, Article> articles, Instant now) {
        int changed = 0;
        for (PublicationView p : store.inStates(WATCHED)) {
            Article article = articles.get(p.contentFile());
            if (article != null && !article.contentHash().equals(p.contentHash()) && apply(p, article, now)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean apply(PublicationView p, Article article, Instant now) {
        PublicationStatus from = p.state();
        boolean wasOut = from == PublicationStatus.PUBLISHED || from == PublicationStatus.VERIFIED;
        boolean ask = p.approvalRequired() && from != PublicationStatus.QUEUED;
        PublicationStatus to = p.approvalRequired() ? PublicationStatus.QUEUED : PublicationStatus.APPROVED;
        Map<String, @Nullable Object> set = new HashMap<>();
        set.put("content_hash", article.contentHash());
        set.put("title", article.title());
        set.put("approved_hash", to == PublicationStatus.APPROVED ? article.contentHash() : null);
        set.put("next_attempt_at", null);
        set.put("attempts", 0);
        if (wasOut) {
            set.put("planned_at", now);
        }
        if (ask) {
            String reason = wasOut ? CHANGED_AFTER_PUBLISHING : CHANGED_AFTER_APPROVAL;
            set.put("last_error_vi", reason);
            set.put("last_error_en", "The content changed after it was approved; it needs approving again.");
        }
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (!store.move(p.id(), from, to, now, set, null)) {
                return false;
            }
            if (ask) {
                events.publishEvent(new PublishingEvents.ApprovalRequested(
                        p.id(), p.unit(), article.title(), p.channel(), "system", now));
            }
            return true;
        }));
    }
}
