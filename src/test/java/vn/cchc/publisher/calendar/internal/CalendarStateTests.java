package vn.cchc.publisher.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.calendar.CalendarFixtures.article;
import static vn.cchc.publisher.calendar.CalendarFixtures.articles;
import static vn.cchc.publisher.calendar.CalendarFixtures.clockAt;
import static vn.cchc.publisher.calendar.CalendarFixtures.clockOn;
import static vn.cchc.publisher.calendar.CalendarFixtures.plan;
import static vn.cchc.publisher.calendar.CalendarFixtures.target;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.Publication;
import vn.cchc.publisher.calendar.PublicationProgress;
import vn.cchc.publisher.calendar.PublicationState;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.TargetKind;

class CalendarStateTests {

    private static final Plan MONTHLY = plan(target("web").build());

    private static Slot march(Clock clock, List<Article> articles) {
        return march(clock, articles, TestCalendars.NOTHING_PUBLISHED, 14);
    }

    private static Slot march(Clock clock, List<Article> articles, PublicationProgress progress, long leadDays) {
        Calendar calendar = TestCalendars.service(clock, progress, leadDays).calendar(MONTHLY, articles);
        return calendar.slots().stream()
                .filter(s -> s.id().endsWith("/2026-03"))
                .findFirst()
                .orElseThrow();
    }

    private static PublicationProgress reached(PublicationState state) {
        return article -> Optional.of(new Publication(state, Instant.parse("2026-03-10T01:00:00Z")));
    }

    @ParameterizedTest(name = "on {0} the empty March slot is {1}")
    @CsvSource({
        "2026-02-01, OPEN",
        "2026-03-16, OPEN",
        "2026-03-17, GAP",
        "2026-03-31, GAP",
        "2026-04-01, MISSED",
        "2026-12-31, MISSED"
    })
    void anEmptySlotIsAGapWithinTheLeadTimeOfItsDueDateAndMissedOnceItsWindowIsOver(LocalDate today, SlotState state) {
        assertThat(march(clockOn(today), List.of()).state()).isEqualTo(state);
    }

    @Test
    void theLeadTimeIsConfigurable() {
        LocalDate firstOfMarch = LocalDate.of(2026, 3, 1);

        assertThat(march(clockOn(firstOfMarch), List.of(), TestCalendars.NOTHING_PUBLISHED, 30)
                        .state())
                .isEqualTo(SlotState.GAP);
        assertThat(march(clockOn(firstOfMarch), List.of(), TestCalendars.NOTHING_PUBLISHED, 14)
                        .state())
                .isEqualTo(SlotState.OPEN);
    }

    @Test
    void theDayIsTheDayInThePlansTimeZone() {
        // 17:30 UTC on 31 March is 00:30 on 1 April in Vietnam (UTC+7): March is over there.
        assertThat(march(clockAt("2026-03-31T17:30:00Z"), List.of()).state()).isEqualTo(SlotState.MISSED);
        assertThat(march(clockAt("2026-03-31T16:59:59Z"), List.of()).state()).isEqualTo(SlotState.GAP);
    }

    @Test
    void theLastMonthOfTheYearIsMissedOnNewYearsDayInVietnamWhileItIsStillDecemberInUtc() {
        Plan plan2025 = plan(
                "ttyt-mau", 2025, target("web").active(DateWindow.year(2025)).build());

        Calendar calendar =
                TestCalendars.service(clockAt("2025-12-31T17:30:00Z")).calendar(plan2025, List.of());

        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(calendar.slots().get(11).id()).isEqualTo("ttyt-mau-2025/web/2025-12");
        assertThat(calendar.slots().get(11).state()).isEqualTo(SlotState.MISSED);
    }

    @Test
    void aDraftFillsTheSlotAndAReadyArticleMakesItReady() {
        Clock early = clockOn(LocalDate.of(2026, 3, 20));

        assertThat(march(early, articles(article("a").target("web").publishAt("2026-03-25T08:00")))
                        .state())
                .isEqualTo(SlotState.FILLED);
        assertThat(march(
                                early,
                                articles(article("a")
                                        .target("web")
                                        .publishAt("2026-03-25T08:00")
                                        .ready()))
                        .state())
                .isEqualTo(SlotState.READY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"QUEUED, QUEUED", "PUBLISHED, PUBLISHED", "VERIFIED, VERIFIED"})
    void thePublishingEnginesProgressShowsOnTheSlot(PublicationState reached, SlotState state) {
        List<Article> ready = articles(
                article("a").target("web").publishAt("2026-03-10T08:00").ready());

        Slot slot = march(clockOn(LocalDate.of(2026, 3, 20)), ready, reached(reached), 14);

        assertThat(slot.state()).isEqualTo(state);
        assertThat(slot.content().get(0).publication()).isNotNull();
    }

    @Test
    void aSlotWhoseWindowIsOverWithoutAVerifiedPublicationIsMissedWhateverWasAssigned() {
        LocalDate april = LocalDate.of(2026, 4, 2);
        List<Article> ready = articles(
                article("a").target("web").publishAt("2026-03-10T08:00").ready());

        assertThat(march(clockOn(april), ready).state()).isEqualTo(SlotState.MISSED);
        assertThat(march(clockOn(april), ready, reached(PublicationState.PUBLISHED), 14)
                        .state())
                .isEqualTo(SlotState.MISSED);
        assertThat(march(clockOn(april), ready, reached(PublicationState.VERIFIED), 14)
                        .state())
                .isEqualTo(SlotState.VERIFIED);
    }

    @Test
    void aPublishedItemWithoutPublishAtFillsTheSlotOfItsPublicationDay() {
        List<Article> undated = articles(article("a").target("web").ready());

        Slot slot = march(clockOn(LocalDate.of(2026, 4, 2)), undated, reached(PublicationState.VERIFIED), 14);

        assertThat(slot.content()).extracting(c -> c.article().file()).containsExactly("articles/a.md");
        assertThat(slot.state()).isEqualTo(SlotState.VERIFIED);
    }

    @Test
    void offlineTargetsHaveSlotsThatBecomeGapsAndMissedLikeOthers() {
        Plan plan = plan(target("meetings")
                .kind(TargetKind.EVENT)
                .rule(new PerPeriod(1, Period.QUARTER))
                .build());

        Calendar calendar =
                TestCalendars.service(clockOn(LocalDate.of(2026, 6, 20))).calendar(plan, List.of());

        assertThat(calendar.slots())
                .extracting(Slot::state)
                .containsExactly(SlotState.MISSED, SlotState.GAP, SlotState.OPEN, SlotState.OPEN);
        assertThat(calendar.counts())
                .containsEntry(SlotState.MISSED, 1)
                .containsEntry(SlotState.GAP, 1)
                .containsEntry(SlotState.OPEN, 2);
    }
}
