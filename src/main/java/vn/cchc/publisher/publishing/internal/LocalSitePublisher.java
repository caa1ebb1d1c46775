package vn.cchc.publisher.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.content.Drafts;
import vn.cchc.publisher.publishing.PassResult;
import vn.cchc.publisher.publishing.PublishingEngine;
import vn.cchc.publisher.shared.Channel;

/**
 * The embedded default's publication: when the service is ready, the TTHC listing is written from the
 * catalogue, and every ready article whose {@code publish_at} has come (or that has none) is queued on
 * the website channel and published by the engine, so it is recorded, exactly once, like any other
 * publication. With {@code cchc.publishing.auto-approve-embedded} (the default) these start-up
 * publications need no approval. Without a website adapter the pages are written to the built-in site
 * directly. Problems in {@code content/} are logged, one line each, and the valid files are published
 * all the same. {@code cchc.site.publish-on-start: false} turns it off.
 */
@Component
@Profile("!cli")
@ConditionalOnBooleanProperty(name = "cchc.site.publish-on-start", matchIfMissing = true)
class LocalSitePublisher {

    private static final Logger log = LoggerFactory.getLogger(LocalSitePublisher.class);

    private final ContentCatalog catalog;
    private final Drafts drafts;
    private final LocalSite site;
    private final Clock clock;
    private final boolean viaEngine;
    private final ApprovalService approvals;
    private final PublishingEngine engine;
    private final boolean autoApprove;

    LocalSitePublisher(
            ContentCatalog catalog,
            Drafts drafts,
            LocalSite site,
            Clock clock,
            List<ChannelAdapter<?>> adapters,
            ApprovalService approvals,
            PublishingEngine engine,
            PublishingProperties properties) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.site = site;
        this.clock = clock;
        this.viaEngine = adapters.stream().anyMatch(a -> a.channel() == Channel.WEBSITE);
        this.approvals = approvals;
        this.engine = engine;
        this.autoApprove = properties.autoApproveEmbedded();
    }

    /**
     * Starts the start-up publication on a thread of its own once the application is ready, so that the service
     * answers (and reports itself healthy) while the local site is being written.
     */
    @EventListener(ApplicationReadyEvent.class)
    void publishDueContentInTheBackground() {
        Thread thread = new Thread(
                () -> {
                    try {
                        publishDueContent();
                    } catch (RuntimeException e) {
                        log.error("start-up publication to the local site failed; the scheduler tries again", e);
                    }
                },
                "local-site-startup");
        thread.start();
    }

    /** Writes the TTHC listing and publishes every due ready article to the local site. */
    void publishDueContent() {
        ContentSnapshot snapshot = catalog.load();
        snapshot.problems().forEach(problem -> log.warn("content problem: {}", problem));
        site.rebuildIndexes();
        site.publishTthc(snapshot.procedures());
        List<Article> due = snapshot.articles().stream().filter(this::isDue).toList();
        if (viaEngine) {
            Instant now = clock.instant();
            engine.recover(now);
            for (Article article : due) {
                if (article.channels().contains(Channel.WEBSITE)) {
                    approvals.queueEmbedded(article, Set.of(Channel.WEBSITE), now, autoApprove);
                }
            }
            PassResult result = engine.publishDue(now, false);
            result.lines().forEach(line -> log.info("start-up publication: {}", line));
            log.info(
                    "local site at {}: {} articles published, {} procedures listed",
                    site.layout().url(""),
                    result.published(),
                    snapshot.procedures().size());
            return;
        }
        for (Article article : due) {
            site.publish(
                    article,
                    drafts.draft(article, site.layout().linksFor(article)).website());
        }
        log.info(
                "local site at {}: {} articles written, {} procedures listed",
                site.layout().url(""),
                due.size(),
                snapshot.procedures().size());
    }

    private boolean isDue(Article article) {
        OffsetDateTime publishAt = article.publishAt();
        return article.status() == ArticleStatus.READY
                && (publishAt == null || !publishAt.toInstant().isAfter(clock.instant()));
    }
}
