package vn.cchc.publisher.publishing.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishedVerification;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.PageVerifier;
import vn.cchc.publisher.verification.ReadBackRequest;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;

/**
 * Verifies published publications: the website page against the article's rendering, a Facebook or Zalo
 * post by reading it back. The verifier keeps the evidence; this records the result on the publication.
 */
class PublishedVerifier implements PublishedVerification {

    private static final Logger log = LoggerFactory.getLogger(PublishedVerifier.class);

    private final PublicationStore store;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ContentCatalog catalog;
    private final Map<Channel, ChannelAdapter<?>> adapters;
    private final Renditions renditions;
    private final PageVerifier verifier;

    PublishedVerifier(
            PublicationStore store,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            ContentCatalog catalog,
            List<ChannelAdapter<?>> adapters,
            Renditions renditions,
            PageVerifier verifier) {
        this.store = store;
        this.tx = tx;
        this.events = events;
        this.catalog = catalog;
        this.adapters = adapters.stream().collect(Collectors.toMap(ChannelAdapter::channel, a -> a, (a, b) -> a));
        this.renditions = renditions;
        this.verifier = verifier;
    }

    @Override
    public Outcome verifyPublished(Instant now) {
        List<PublicationView> published = store.list(PublicationStatus.PUBLISHED).stream()
                .filter(p -> !p.updatedAt().isAfter(now))
                .toList();
        if (published.isEmpty()) {
            return new Outcome(0, 0);
        }
        Map<String, Article> articles =
                catalog.load().articles().stream().collect(Collectors.toMap(Article::file, a -> a, (a, b) -> a));
        int verified = 0;
        int failed = 0;
        for (PublicationView publication : published) {
            Optional<VerificationResult> result = verify(publication, articles.get(publication.contentFile()), now);
            if (result.isEmpty()) {
                continue;
            }
            if (result.get().passed()) {
                if (markVerified(publication, now)) {
                    verified++;
                }
            } else if (markFailed(publication, result.get().failures(), now)) {
                failed++;
            }
        }
        if (verified + failed > 0) {
            log.info("verification pass at {}: {} verified, {} failed", now, verified, failed);
        }
        return new Outcome(verified, failed);
    }

    /**
     * Checks one publication where it went; empty when it cannot be checked (its article, adapter, URL or
     * remote id is missing).
     */
    Optional<VerificationResult> verify(PublicationView p, @Nullable Article article, Instant now) {
        ChannelAdapter<?> adapter = adapters.get(p.channel());
        if (article == null || adapter == null || p.url() == null || p.remoteId() == null) {
            return Optional.empty();
        }
        if (p.channel() == Channel.WEBSITE) {
            Object rendition =
                    renditions.request(adapter, article, p.url(), now).rendition();
            if (!(rendition instanceof WebsitePage page)) {
                return Optional.empty();
            }
            return Optional.of(verifier.verify(new VerificationRequest(p.id(), p.unit(), p.url(), page, null)));
        }
        return Optional.of(
                verifier.verifyReadBack(new ReadBackRequest(p.id(), p.unit(), adapter, p.remoteId(), article.title())));
    }

    /** Moves a published publication to verified; false if it is no longer published. */
    boolean markVerified(PublicationView p, Instant now) {
        Boolean moved = tx.execute(status ->
                store.move(p.id(), PublicationStatus.PUBLISHED, PublicationStatus.VERIFIED, now, Map.of(), null));
        return Boolean.TRUE.equals(moved);
    }

    private boolean markFailed(PublicationView p, List<Check> failures, Instant now) {
        String reasonVi = "Kiểm tra sau khi đăng không đạt: "
                + failures.stream().map(Check::detail).collect(Collectors.joining("; "));
        String reasonEn = "Verification after publishing failed: "
                + failures.stream().map(Check::detailEn).collect(Collectors.joining("; "));
        return flag(p, reasonVi, reasonEn, now);
    }

    /**
     * Moves a published or verified publication whose post a check found gone or changed to needs
     * attention, with the reason, flagged (so that a later check that passes moves it back to verified),
     * and tells the ledger and the officer. False if it moved on meanwhile.
     */
    boolean flag(PublicationView p, String reasonVi, String reasonEn, Instant now) {
        Boolean moved = tx.execute(status -> {
            Map<String, @Nullable Object> set = new HashMap<>();
            set.put("last_error_vi", PublicationStore.truncate(reasonVi));
            set.put("last_error_en", PublicationStore.truncate(reasonEn));
            set.put("check_flagged_at", now);
            if (!store.move(p.id(), p.state(), PublicationStatus.NEEDS_ATTENTION, now, set, null)) {
                return false;
            }
            events.publishEvent(new PublishingEvents.NeedsAttention(
                    p.id(), p.unit(), p.title(), p.channel(), reasonVi, reasonEn, now));
            return true;
        });
        return Boolean.TRUE.equals(moved);
    }

    /**
     * Moves a flagged publication whose post passes its checks again back to verified, clears the reason
     * and tells the ledger. False if it moved on meanwhile.
     */
    boolean recover(PublicationView p, Instant now) {
        Boolean moved = tx.execute(status -> {
            Map<String, @Nullable Object> set = new HashMap<>();
            set.put("last_error_vi", null);
            set.put("last_error_en", null);
            if (!store.move(p.id(), PublicationStatus.NEEDS_ATTENTION, PublicationStatus.VERIFIED, now, set, null)) {
                return false;
            }
            events.publishEvent(
                    new PublishingEvents.Recovered(p.id(), p.unit(), p.title(), p.channel(), p.lastErrorEn(), now));
            return true;
        });
        return Boolean.TRUE.equals(moved);
    }
}
