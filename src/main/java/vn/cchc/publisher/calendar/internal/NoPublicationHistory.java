package vn.cchc.publisher.calendar.internal;

import java.util.Optional;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.calendar.Publication;
import vn.cchc.publisher.calendar.PublicationProgress;
import vn.cchc.publisher.content.Article;

/**
 * The publication progress of a service that has published nothing: no item was ever queued. It is a
 * {@link Fallback} bean, so the publishing module's own {@link PublicationProgress} replaces it as soon as
 * that module is there.
 */
@Component
@Fallback
class NoPublicationHistory implements PublicationProgress {

    @Override
    public Optional<Publication> furthest(Article article) {
        return Optional.empty();
    }
}
