package vn.cchc.publisher.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.publishing.Approvals;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Publications;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.publishing.PublishingException;
import vn.cchc.publisher.shared.Channel;

/** The queue's actions and queries: queue, approve, reject, cancel, retry; find and list. */
class ApprovalService implements Approvals, Publications {

    private final PublicationStore store;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ContentCatalog catalog;
    private final Queueing queueing;
    private final TargetRules targets;
    private final boolean allowSelfApproval;
    private final Clock clock;

    ApprovalService(
            PublicationStore store,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            ContentCatalog catalog,
            TargetRules targets,
            boolean allowSelfApproval,
            Clock clock) {
        this.store = store;
        this.tx = tx;
        this.events = events;
        this.catalog = catalog;
        this.queueing = new Queueing(store, tx, events);
        this.targets = targets;
        this.allowSelfApproval = allowSelfApproval;
        this.clock = clock;
    }

    @Override
    public List<PublicationView> queue(
            @Nullable String unit, String contentFile, Set<Channel> channels, Instant plannedAt, String actor) {
        String file = contentFile.replace('\\', '/');
        Article article = catalog.load().articles().stream()
                .filter(a -> file.equals(a.file()) || file.endsWith("/" + a.file()))
                .findFirst()
                .orElseThrow(() -> new PublishingException(
                        PublishingException.Reason.INVALID,
                        "Không tìm thấy bài hợp lệ " + contentFile
                                + " trong thư mục nội dung (chạy 'check' để xem lỗi)."));
        if (article.status() != ArticleStatus.READY) {
            throw new PublishingException(
                    PublishingException.Reason.INVALID, "Bài " + article.file() + " chưa sẵn sàng (status: draft).");
        }
        for (Channel channel : channels) {
            if (!article.channels().contains(channel)) {
                throw new PublishingException(
                        PublishingException.Reason.INVALID,
                        "Bài " + article.file() + " không dành cho kênh " + channel.id() + ".");
            }
        }
        TargetRules.Rule rule = targets.rule(article, plannedAt);
        String unitKey = unit != null ? unit : rule.unit();
        return queueing.queue(unitKey, article, channels, plannedAt, rule.approvalRequired(), actor, clock.instant());
    }

    /**
     * Queues a ready article for the embedded default's start-up publication; with {@code autoApprove} it
     * needs no approval whatever its target says.
     */
    List<PublicationView> queueEmbedded(
            Article article, Set<Channel> channels, Instant plannedAt, boolean autoApprove) {
        TargetRules.Rule rule = targets.rule(article, plannedAt);
        boolean required = rule.approvalRequired() && !autoApprove;
        return queueing.queue(rule.unit(), article, channels, plannedAt, required, "system", clock.instant());
    }

    @Override
    public PublicationView approve(long id, String actor, @Nullable String comment) {
        return decide(id, actor, comment, true);
    }

    @Override
    public PublicationView reject(long id, String actor, String comment) {
        if (comment.isBlank()) {
            throw new PublishingException(
                    PublishingException.Reason.INVALID, "Cần ghi lý do từ chối để cán bộ truyền thông sửa bài.");
        }
        return decide(id, actor, comment, false);
    }

    private PublicationView decide(long id, String actor, @Nullable String comment, boolean approved) {
        PublicationView p = existing(id);
        if (p.state() != PublicationStatus.QUEUED) {
            throw new PublishingException("Bài #" + id + " đang ở trạng thái «"
                    + p.state().label() + "», chỉ bài chờ duyệt mới được " + (approved ? "duyệt." : "từ chối."));
        }
        if (approved && p.queuedBy().equals(actor) && !allowSelfApproval) {
            throw new PublishingException(
                    PublishingException.Reason.FORBIDDEN,
                    "Không được tự duyệt bài do chính mình đưa vào hàng chờ (#" + id + ").");
        }
        Instant now = clock.instant();
        Map<String, @Nullable Object> set = new HashMap<>();
        set.put("decided_by", actor);
        set.put("decided_at", now);
        set.put("decision_comment", comment);
        set.put("approved_hash", approved ? p.contentHash() : null);
        set.put("last_error_vi", approved ? null : comment);
        set.put("last_error_en", null);
        PublicationStatus to = approved ? PublicationStatus.APPROVED : PublicationStatus.REJECTED;
        return inTx(
                p,
                to,
                now,
                set,
                new PublishingEvents.Decided(id, p.unit(), p.contentHash(), approved, comment, actor, now));
    }

    @Override
    public PublicationView cancel(long id, String actor) {
        PublicationView p = existing(id);
        if (!p.state().canMoveTo(PublicationStatus.CANCELLED)) {
            throw new PublishingException(
                    "Bài #" + id + " đang ở trạng thái «" + p.state().label() + "», không hủy được.");
        }
        Instant now = clock.instant();
        Map<String, @Nullable Object> set = new HashMap<>();
        set.put("decided_by", actor);
        set.put("decided_at", now);
        set.put("next_attempt_at", null);
        return inTx(
                p,
                PublicationStatus.CANCELLED,
                now,
                set,
                new PublishingEvents.Withdrawn(id, p.unit(), p.channel(), false, actor, now));
    }

    @Override
    public PublicationView retry(long id, String actor) {
        PublicationView p = existing(id);
        Instant now = clock.instant();
        Map<String, @Nullable Object> set = new HashMap<>();
        set.put("next_attempt_at", null);
        set.put("attempts", 0);
        if (p.state() == PublicationStatus.RETRYING) {
            return inTx(p, PublicationStatus.RETRYING, now, set, null);
        }
        if (p.state() != PublicationStatus.NEEDS_ATTENTION) {
            throw new PublishingException(
                    "Bài #" + id + " đang ở trạng thái «" + p.state().label() + "», không cần thử lại.");
        }
        return inTx(p, PublicationStatus.APPROVED, now, set, null);
    }

    private PublicationView inTx(
            PublicationView p,
            PublicationStatus to,
            Instant now,
            Map<String, @Nullable Object> set,
            @Nullable Object event) {
        boolean moved = Boolean.TRUE.equals(tx.execute(status -> {
            if (!store.move(p.id(), p.state(), to, now, set, null)) {
                return false;
            }
            if (event != null) {
                events.publishEvent(event);
            }
            return true;
        }));
        if (!moved) {
            throw new PublishingException("Bài #" + p.id() + " vừa được thay đổi bởi người khác; hãy xem lại.");
        }
        return existing(p.id());
    }

    private PublicationView existing(long id) {
        return store.find(id)
                .orElseThrow(() -> new PublishingException(
                        PublishingException.Reason.NOT_FOUND, "Không có bài #" + id + " trong hàng chờ."));
    }

    @Override
    public Optional<PublicationView> find(long id) {
        return store.find(id);
    }

    @Override
    public List<PublicationView> list(@Nullable PublicationStatus state) {
        return store.list(state);
    }

    @Override
    public boolean markVerified(long id, Instant at) {
        return store.find(id)
                .filter(p -> p.state() == PublicationStatus.PUBLISHED)
                .map(p -> store.move(id, PublicationStatus.PUBLISHED, PublicationStatus.VERIFIED, at, Map.of(), null))
                .orElse(false);
    }
}
