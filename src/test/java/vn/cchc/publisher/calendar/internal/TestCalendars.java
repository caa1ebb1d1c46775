package vn.cchc.publisher.calendar.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.cchc.publisher.calendar.CalendarFixtures;
import vn.cchc.publisher.calendar.CalendarProperties;
import vn.cchc.publisher.calendar.PublicationProgress;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.plan.PlanSnapshot;

/** Calendar services over fixed plans and content, for tests. */
final class TestCalendars {

    static final PublicationProgress NOTHING_PUBLISHED = article -> Optional.empty();

    private TestCalendars() {}

    static CalendarService service(Clock clock) {
        return service(clock, NOTHING_PUBLISHED, 14);
    }

    static CalendarService service(Clock clock, PublicationProgress progress, long leadDays) {
        return service(List.of(), List.of(), clock, progress, leadDays);
    }

    static CalendarService service(List<Plan> plans, List<Article> articles, Clock clock) {
        return service(plans, articles, clock, NOTHING_PUBLISHED, 14);
    }

    static CalendarService service(
            List<Plan> plans, List<Article> articles, Clock clock, PublicationProgress progress, long leadDays) {
        return new CalendarService(
                new FixedPlans(plans),
                new FixedContent(articles),
                progress,
                new CalendarProperties(Duration.ofDays(leadDays)),
                CalendarFixtures.provider(clock));
    }

    record FixedPlans(List<Plan> plans) implements PlanCatalog {

        @Override
        public PlanSnapshot load() {
            return new PlanSnapshot(plans, List.of());
        }

        @Override
        public PlanSnapshot read(Path file) {
            throw new UnsupportedOperationException("reads no file");
        }

        @Override
        public PlanSnapshot parse(String fileName, String yaml) {
            throw new UnsupportedOperationException("parses no text");
        }
    }

    record FixedContent(List<Article> articles) implements ContentCatalog {

        @Override
        public ContentSnapshot load() {
            return new ContentSnapshot(articles, List.of(), List.of());
        }

        @Override
        public Optional<Article> readArticle(Path file, List<ContentProblem> problems) {
            throw new UnsupportedOperationException("reads no file");
        }
    }
}
