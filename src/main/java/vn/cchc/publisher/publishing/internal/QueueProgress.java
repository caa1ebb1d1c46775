package vn.cchc.publisher.publishing.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cchc.publisher.calendar.Publication;
import vn.cchc.publisher.calendar.PublicationProgress;
import vn.cchc.publisher.calendar.PublicationState;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;

/**
 * Tells the calendar how far each content item got, from the queue: verified, else published (on at
 * least one channel), else queued (waiting, approved, being sent or retried). Rejected and cancelled
 * publications do not count. A publication that a check after publishing found gone or changed (needs
 * attention, flagged) holds the whole item back at queued, so its calendar slot no longer counts as done.
 */
class QueueProgress implements PublicationProgress {

    private final PublicationStore store;

    QueueProgress(PublicationStore store) {
        this.store = store;
    }

    @Override
    public Optional<Publication> furthest(Article article) {
        List<PublicationView> publications = store.byFile(article.file());
        Optional<PublicationView> flagged = publications.stream()
                .filter(p -> p.state() == PublicationStatus.NEEDS_ATTENTION)
                .max(Comparator.comparing(PublicationView::updatedAt));
        if (flagged.isPresent() && store.flagged(article.file())) {
            // a post found gone or changed after publishing: the item is not done, whatever its other channels
            return Optional.of(
                    new Publication(PublicationState.QUEUED, flagged.get().updatedAt()));
        }
        return publications.stream()
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
