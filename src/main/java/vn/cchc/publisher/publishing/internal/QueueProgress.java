package vn.cchc.publisher.publishing.internal;

import java.util.Comparator;
import java.util.Optional;
import vn.cchc.publisher.calendar.Publication;
import vn.cchc.publisher.calendar.PublicationProgress;
import vn.cchc.publisher.calendar.PublicationState;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.publishing.PublicationView;

/**
 * Tells the calendar how far each content item got, from the queue: verified, else published (on at
 * least one channel), else queued (waiting, approved, being sent or retried). Rejected and cancelled
 * publications do not count.
 */
class QueueProgress implements PublicationProgress {

    private final PublicationStore store;

    QueueProgress(PublicationStore store) {
        this.store = store;
    }

    @Override
    public Optional<Publication> furthest(Article article) {
        return store.byFile(article.file()).stream()
                .map(QueueProgress::progress)
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Publication::state).thenComparing(Publication::at));
    }

    private static Optional<Publication> progress(PublicationView p) {
        return switch (p.state()) {
            case VERIFIED -> Optional.of(new Publication(PublicationState.VERIFIED, p.updatedAt()));
            case PUBLISHED -> Optional.of(new Publication(PublicationState.PUBLISHED, p.updatedAt()));
            case QUEUED, APPROVED, PUBLISHING, RETRYING, NEEDS_ATTENTION ->
                Optional.of(new Publication(PublicationState.QUEUED, p.updatedAt()));
            case REJECTED, CANCELLED -> Optional.empty();
        };
    }
}
