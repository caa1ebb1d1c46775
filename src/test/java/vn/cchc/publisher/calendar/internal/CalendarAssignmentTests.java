package vn.cchc.publisher.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.calendar.CalendarFixtures.article;
import static vn.cchc.publisher.calendar.CalendarFixtures.articles;
import static vn.cchc.publisher.calendar.CalendarFixtures.clockOn;
import static vn.cchc.publisher.calendar.CalendarFixtures.plan;
import static vn.cchc.publisher.calendar.CalendarFixtures.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.calendar.UnassignedContent;
import vn.cchc.publisher.calendar.UnassignedReason;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;

class CalendarAssignmentTests {

    /** The sample plan's shape: monthly web articles, per-area quarterly articles, press, events. */
    private static final Plan PLAN = plan(
            target("web-monthly").build(),
            target("reform-areas")
                    .rule(new PerPeriod(1, Period.QUARTER))
                    .perArea(Area.THE_CHE, Area.THU_TUC_HANH_CHINH)
                    .build(),
            target("press")
                    .kind(TargetKind.PRESS)
                    .rule(new PerPeriod(2, Period.YEAR))
                    .build(),
            target("contests")
                    .kind(TargetKind.CONTEST)
                    .channels(PlanChannel.WEBSITE)
                    .rule(new OnDemand())
                    .build());

    private static Calendar calendar(Plan plan, List<Article> articles) {
        return TestCalendars.service(clockOn(LocalDate.of(2026, 1, 5))).calendar(plan, articles);
    }

    /** Slot id (without the plan key) → files assigned to it. */
    private static Map<String, List<String>> filled(Calendar calendar) {
        return calendar.slots().stream()
                .filter(s -> !s.content().isEmpty())
                .collect(Collectors.toMap(
                        s -> s.id().substring("ttyt-mau-2026/".length()),
                        s -> s.content().stream().map(c -> c.article().file()).toList()));
    }

    private static Map<String, UnassignedReason> unassigned(Calendar calendar) {
        return calendar.unassigned().stream()
                .collect(Collectors.toMap(u -> u.article().file(), UnassignedContent::reason));
    }

    @Test
    void anItemNamingATargetFillsTheSlotWhoseWindowHoldsItsDate() {
        Calendar calendar =
                calendar(PLAN, articles(article("march").target("web-monthly").publishAt("2026-03-10T08:00")));

        assertThat(filled(calendar)).containsExactly(Map.entry("web-monthly/2026-03", List.of("articles/march.md")));
        assertThat(calendar.unassigned()).isEmpty();
    }

    @Test
    void itemsWithoutADateFillTheEarliestEmptySlotsThatAreNotOverInFileOrder() {
        Calendar calendar = TestCalendars.service(clockOn(LocalDate.of(2026, 4, 20)))
                .calendar(
                        PLAN,
                        articles(
                                article("b").target("web-monthly"), article("a").target("web-monthly")));

        assertThat(filled(calendar))
                .containsOnly(
                        Map.entry("web-monthly/2026-04", List.of("articles/a.md")),
                        Map.entry("web-monthly/2026-05", List.of("articles/b.md")));
    }

    @Test
    void itemsAreTakenInOrderOfTheirDateBeforeThoseWithout() {
        Calendar calendar = calendar(
                PLAN,
                articles(
                        article("a-undated").target("web-monthly"),
                        article("z-january").target("web-monthly").publishAt("2026-01-20T08:00")));

        assertThat(filled(calendar))
                .containsOnly(
                        Map.entry("web-monthly/2026-01", List.of("articles/z-january.md")),
                        Map.entry("web-monthly/2026-02", List.of("articles/a-undated.md")));
    }

    @Test
    void oneItemFillsOneSlotAndASecondItemForTheSameWindowIsLeftOver() {
        Calendar calendar = calendar(
                PLAN,
                articles(
                        article("first").target("web-monthly").publishAt("2026-03-02T08:00"),
                        article("second").target("web-monthly").publishAt("2026-03-20T08:00")));

        assertThat(filled(calendar)).containsExactly(Map.entry("web-monthly/2026-03", List.of("articles/first.md")));
        assertThat(unassigned(calendar))
                .containsExactly(Map.entry("articles/second.md", UnassignedReason.NO_SLOT_AT_DATE));
    }

    @Test
    void anItemForAPerAreaTargetFillsTheSlotOfItsArea() {
        Calendar calendar = calendar(
                PLAN,
                articles(article("tthc")
                        .target("reform-areas")
                        .area(Area.THU_TUC_HANH_CHINH)
                        .publishAt("2026-05-04T08:00")));

        assertThat(filled(calendar))
                .containsExactly(Map.entry("reform-areas/2026-Q2/thu-tuc-hanh-chinh", List.of("articles/tthc.md")));
    }

    @Test
    void anItemWithAnAreaAndNoTargetGoesToAnArticleTargetForThatAreaThenToOneWithoutAreas() {
        Calendar calendar = calendar(
                PLAN,
                articles(
                        article("the-che-1").area(Area.THE_CHE).publishAt("2026-04-02T08:00"),
                        article("the-che-2").area(Area.THE_CHE).publishAt("2026-04-03T08:00"),
                        article("finance").area(Area.TAI_CHINH_CONG).publishAt("2026-04-04T08:00")));

        assertThat(filled(calendar))
                .containsOnly(
                        Map.entry("reform-areas/2026-Q2/the-che", List.of("articles/the-che-1.md")),
                        Map.entry("web-monthly/2026-04", List.of("articles/the-che-2.md")));
        assertThat(unassigned(calendar))
                .containsExactly(Map.entry("articles/finance.md", UnassignedReason.NO_SLOT_AT_DATE));
    }

    @Test
    void itemsNamingATargetAreAssignedBeforeItemsMatchedByArea() {
        Calendar calendar = calendar(
                PLAN,
                articles(
                        article("by-area").area(Area.THE_CHE).publishAt("2026-04-01T08:00"),
                        article("by-target")
                                .target("reform-areas")
                                .area(Area.THE_CHE)
                                .publishAt("2026-06-01T08:00")));

        assertThat(filled(calendar))
                .containsOnly(
                        Map.entry("reform-areas/2026-Q2/the-che", List.of("articles/by-target.md")),
                        Map.entry("web-monthly/2026-04", List.of("articles/by-area.md")));
    }

    @Test
    void itemsThatFitNoSlotAreListedWithTheReason() {
        Calendar calendar = calendar(
                PLAN,
                articles(
                        article("unknown").target("no-such-target"),
                        article("press").target("press"),
                        article("contest").target("contests"),
                        article("finance").target("reform-areas").area(Area.TAI_CHINH_CONG)));

        assertThat(filled(calendar)).isEmpty();
        assertThat(unassigned(calendar))
                .containsOnly(
                        Map.entry("articles/unknown.md", UnassignedReason.UNKNOWN_TARGET),
                        Map.entry("articles/press.md", UnassignedReason.OFFLINE_TARGET),
                        Map.entry("articles/contest.md", UnassignedReason.ON_DEMAND_TARGET),
                        Map.entry("articles/finance.md", UnassignedReason.AREA_NOT_IN_TARGET));
    }

    @Test
    void anItemWithoutTargetIsLeftOverWhenNoArticleTargetCoversIt() {
        Plan offline = plan(target("press").kind(TargetKind.PRESS).build());

        Calendar calendar = calendar(offline, articles(article("news").area(Area.THE_CHE)));

        assertThat(unassigned(calendar))
                .containsExactly(Map.entry("articles/news.md", UnassignedReason.NO_MATCHING_TARGET));
    }

    @Test
    void anItemWithoutADateIsLeftOverWhenEverySlotIsTakenOrOver() {
        Plan plan = plan(target("spring")
                .rule(new PerPeriod(1, Period.QUARTER))
                .active(vn.cchc.publisher.plan.DateWindow.half(2026, 1))
                .build());
        Calendar calendar = TestCalendars.service(clockOn(LocalDate.of(2026, 5, 1)))
                .calendar(
                        plan,
                        articles(article("a").target("spring"), article("b").target("spring")));

        assertThat(filled(calendar)).containsExactly(Map.entry("spring/2026-Q2", List.of("articles/a.md")));
        assertThat(unassigned(calendar)).containsExactly(Map.entry("articles/b.md", UnassignedReason.NO_OPEN_SLOT));
    }

    @Test
    void anOngoingArticleTargetTakesAnyNumberOfItemsAndStaysOngoing() {
        Plan plan = plan(target("news").rule(new Ongoing()).build());

        Calendar calendar = calendar(
                plan,
                articles(
                        article("one").target("news"),
                        article("two").area(Area.CHI_SO).publishAt("2026-02-01T08:00"),
                        article("three").publishAt("2026-02-02T08:00")));

        Slot slot = calendar.slots().get(0);
        assertThat(slot.state()).isEqualTo(SlotState.ONGOING);
        assertThat(slot.content())
                .extracting(c -> c.article().file())
                .containsExactly("articles/one.md", "articles/two.md", "articles/three.md");
        assertThat(calendar.unassigned()).isEmpty();
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheContent() {
        List<Article> items = articles(
                article("a").target("web-monthly"),
                article("b").area(Area.THE_CHE),
                article("c").area(Area.THU_TUC_HANH_CHINH).publishAt("2026-02-01T08:00"),
                article("d").target("reform-areas"),
                article("e").target("web-monthly").publishAt("2026-02-10T08:00"),
                article("f"),
                article("g").area(Area.THE_CHE).publishAt("2026-02-01T08:00"));
        Calendar expected = calendar(PLAN, items);

        Random random = new Random(42);
        for (int i = 0; i < 10; i++) {
            List<Article> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, random);
            Calendar calendar = calendar(PLAN, shuffled);
            assertThat(filled(calendar)).isEqualTo(filled(expected));
            assertThat(calendar.unassigned()).isEqualTo(expected.unassigned());
        }
        assertThat(filled(expected)).hasSize(6);
        assertThat(unassigned(expected)).containsExactly(Map.entry("articles/g.md", UnassignedReason.NO_SLOT_AT_DATE));
    }
}
