package vn.cchc.publisher.calendar;

import java.util.Optional;
import vn.cchc.publisher.content.Article;

/**
 * What the calendar needs to know from the publishing engine: how far each content item got. The
 * publishing module provides the implementation; until it does, a fallback that knows no publication is
 * used, which is what a service with no publishing history should show.
 */
public interface PublicationProgress {

    /**
     * The furthest state {@code article} reached. Implementations identify the item by its
     * {@link Article#file() file}; its {@link Article#contentHash() content hash} tells which revision is
     * current.
     *
     * @return the state and when it was reached; empty if the item was never queued
     */
    Optional<Publication> furthest(Article article);
}
