package vn.cchc.publisher.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.calendar.CalendarFixtures.article;
import static vn.cchc.publisher.calendar.CalendarFixtures.articles;
import static vn.cchc.publisher.calendar.CalendarFixtures.plan;
import static vn.cchc.publisher.calendar.CalendarFixtures.target;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.plan.PlanSnapshot;

/** How the calendar's beans fit together with the beans other modules provide. */
class CalendarWiringTests {

    private static final List<Article> READY_IN_MARCH =
            articles(article("a").target("web").publishAt("2026-03-02T08:00").ready());

    private static SlotState marchWith(PublicationProgress... progress) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(Clock.class, () -> CalendarFixtures.clockOn(LocalDate.of(2026, 3, 20)));
            context.registerBean(CalendarProperties.class, () -> new CalendarProperties(Duration.ofDays(14)));
            context.registerBean(PlanCatalog.class, OnePlan::new);
            context.registerBean(ContentCatalog.class, OneArticle::new);
            for (PublicationProgress p : progress) {
                context.registerBean(PublicationProgress.class, () -> p);
            }
            context.scan("vn.cchc.publisher.calendar.internal");
            context.refresh();
            return context.getBean(EditorialCalendar.class)
                    .calendars(2026, null)
                    .get(0)
                    .slots()
                    .get(2)
                    .state();
        }
    }

    @Test
    void withoutAPublishingModuleNothingWasPublished() {
        assertThat(marchWith()).isEqualTo(SlotState.READY);
    }

    @Test
    void thePublishingModulesProgressReplacesTheFallback() {
        PublicationProgress verified = article ->
                Optional.of(new Publication(PublicationState.VERIFIED, Instant.parse("2026-03-02T01:05:00Z")));

        assertThat(marchWith(verified)).isEqualTo(SlotState.VERIFIED);
    }

    private static final class OnePlan implements PlanCatalog {
        @Override
        public PlanSnapshot load() {
            return new PlanSnapshot(List.of(plan(target("web").build())), List.of());
        }

        @Override
        public PlanSnapshot read(Path file) {
            return load();
        }

        @Override
        public PlanSnapshot parse(String fileName, String yaml) {
            return load();
        }
    }

    private static final class OneArticle implements ContentCatalog {
        @Override
        public ContentSnapshot load() {
            return new ContentSnapshot(READY_IN_MARCH, List.of(), List.of());
        }

        @Override
        public Optional<Article> readArticle(Path file, List<ContentProblem> problems) {
            return Optional.empty();
        }
    }
}
