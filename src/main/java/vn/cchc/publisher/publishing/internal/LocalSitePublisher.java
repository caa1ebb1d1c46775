package vn.cchc.publisher.publishing.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.content.Drafts;

/**
 * The embedded default's publication: when the service is ready, every ready article whose
 * {@code publish_at} has come (or that has none) is put on the built-in local site, and the TTHC listing
 * is written from the catalogue. Problems in {@code content/} are logged, one line each, and the valid
 * files are published all the same. {@code cchc.site.publish-on-start: false} turns it off.
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

    LocalSitePublisher(ContentCatalog catalog, Drafts drafts, LocalSite site, Clock clock) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.site = site;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishDueContent() {
        ContentSnapshot snapshot = catalog.load();
        snapshot.problems().forEach(problem -> log.warn("content problem: {}", problem));
        site.rebuildIndexes();
        site.publishTthc(snapshot.procedures());
        int published = 0;
        for (Article article : snapshot.articles()) {
            if (isDue(article)) {
                site.publish(
                        article,
                        drafts.draft(article, site.layout().linksFor(article)).website());
                published++;
            }
        }
        log.info(
                "local site at {}: {} articles published, {} procedures listed",
                site.layout().url(""),
                published,
                snapshot.procedures().size());
    }

    private boolean isDue(Article article) {
        OffsetDateTime publishAt = article.publishAt();
        return article.status() == ArticleStatus.READY
                && (publishAt == null || !publishAt.toInstant().isAfter(clock.instant()));
    }
}
