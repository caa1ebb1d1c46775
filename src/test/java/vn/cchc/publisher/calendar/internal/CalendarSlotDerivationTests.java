package vn.cchc.publisher.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.calendar.CalendarFixtures.clockAt;
import static vn.cchc.publisher.calendar.CalendarFixtures.clockOn;
import static vn.cchc.publisher.calendar.CalendarFixtures.plan;
import static vn.cchc.publisher.calendar.CalendarFixtures.target;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;

class CalendarSlotDerivationTests {

    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

    private static List<Slot> slots(Plan plan) {
        return TestCalendars.service(clockOn(NEW_YEAR))
                .calendar(plan, List.of())
                .slots();
    }

    private static List<String> ids(List<Slot> slots) {
        return slots.stream().map(Slot::id).toList();
    }

    private static DateWindow window(String from, String to) {
        return new DateWindow(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aMonthlyTargetHasTwelveSlotsEachOverItsMonthDueOnItsLastDay() {
        List<Slot> slots = slots(plan(target("web-monthly").build()));

        assertThat(slots).hasSize(12);
        assertThat(slots.get(0).id()).isEqualTo("ttyt-mau-2026/web-monthly/2026-01");
        assertThat(slots.get(1).window()).isEqualTo(window("2026-02-01", "2026-02-28"));
        assertThat(slots.get(1).due()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(slots.get(2).period()).isEqualTo("tháng 3/2026");
        assertThat(slots.get(11).id()).isEqualTo("ttyt-mau-2026/web-monthly/2026-12");
        assertThat(slots.get(11).window()).isEqualTo(window("2026-12-01", "2026-12-31"));
        assertThat(slots).allSatisfy(s -> assertThat(s.area()).isNull());
    }

    @Test
    void aQuarterlyTargetHasFourSlotsTheLastEndingOnTheThirtyFirstOfDecember() {
        List<Slot> slots =
                slots(plan(target("q").rule(new PerPeriod(1, Period.QUARTER)).build()));

        assertThat(ids(slots))
                .containsExactly(
                        "ttyt-mau-2026/q/2026-Q1",
                        "ttyt-mau-2026/q/2026-Q2",
                        "ttyt-mau-2026/q/2026-Q3",
                        "ttyt-mau-2026/q/2026-Q4");
        assertThat(slots.get(3).window()).isEqualTo(window("2026-10-01", "2026-12-31"));
        assertThat(slots.get(3).due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(slots.get(0).period()).isEqualTo("quý I/2026");
        assertThat(slots.get(3).period()).isEqualTo("quý IV/2026");
    }

    @Test
    void aPerAreaQuarterlyTargetHasFourSlotsForEachArea() {
        Area[] areas = {Area.THE_CHE, Area.THU_TUC_HANH_CHINH, Area.CHINH_QUYEN_SO};
        List<Slot> slots = slots(plan(target("areas")
                .rule(new PerPeriod(1, Period.QUARTER))
                .perArea(areas)
                .build()));

        assertThat(slots).hasSize(4 * 3);
        assertThat(slots.stream().filter(s -> s.area() == Area.THE_CHE)).hasSize(4);
        assertThat(ids(slots).subList(0, 3))
                .containsExactly(
                        "ttyt-mau-2026/areas/2026-Q1/the-che",
                        "ttyt-mau-2026/areas/2026-Q1/thu-tuc-hanh-chinh",
                        "ttyt-mau-2026/areas/2026-Q1/chinh-quyen-so");
        assertThat(slots.get(0).window()).isEqualTo(DateWindow.quarter(2026, 1));
    }

    @Test
    void aTargetWithAreasButNotPerAreaHasOneSlotPerPeriod() {
        List<Slot> slots = slots(plan(target("tthc")
                .rule(new PerPeriod(1, Period.QUARTER))
                .areas(Area.THU_TUC_HANH_CHINH, Area.THE_CHE)
                .build()));

        assertThat(slots).hasSize(4).allSatisfy(s -> assertThat(s.area()).isNull());
    }

    @Test
    void twoAYearAreOnePerHalfYear() {
        List<Slot> slots = slots(plan(target("press")
                .kind(TargetKind.PRESS)
                .rule(new PerPeriod(2, Period.YEAR))
                .build()));

        assertThat(ids(slots)).containsExactly("ttyt-mau-2026/press/2026-1of2", "ttyt-mau-2026/press/2026-2of2");
        assertThat(slots.get(0).window()).isEqualTo(DateWindow.half(2026, 1));
        assertThat(slots.get(1).window()).isEqualTo(DateWindow.half(2026, 2));
        assertThat(slots.get(0).period()).isEqualTo("6 tháng đầu năm 2026");
        assertThat(slots.get(1).period()).isEqualTo("6 tháng cuối năm 2026");
    }

    @Test
    void aCountThatDoesNotDivideThePeriodIntoMonthsSplitsItEvenlyByDays() {
        List<Slot> slots = slots(plan(
                target("twice-monthly").rule(new PerPeriod(2, Period.MONTH)).build()));

        assertThat(slots).hasSize(24);
        assertThat(slots.get(2).id()).isEqualTo("ttyt-mau-2026/twice-monthly/2026-02-1of2");
        assertThat(slots.get(2).window()).isEqualTo(window("2026-02-01", "2026-02-14"));
        assertThat(slots.get(3).window()).isEqualTo(window("2026-02-15", "2026-02-28"));
        assertThat(slots.get(4).window()).isEqualTo(window("2026-03-01", "2026-03-15"));
        assertThat(slots.get(5).window()).isEqualTo(window("2026-03-16", "2026-03-31"));
        assertThat(slots.get(4).period()).isEqualTo("tháng 3/2026 (lần 1/2)");
    }

    @Test
    void threeAYearAreOnePerFourMonths() {
        List<Slot> slots =
                slots(plan(target("t").rule(new PerPeriod(3, Period.YEAR)).build()));

        assertThat(slots)
                .extracting(Slot::window)
                .containsExactly(
                        window("2026-01-01", "2026-04-30"),
                        window("2026-05-01", "2026-08-31"),
                        window("2026-09-01", "2026-12-31"));
    }

    @Test
    void aOneOffWindowIsOneSlotOverIt() {
        List<Slot> quarter = slots(plan(target("tthc-listing")
                .kind(TargetKind.TTHC_LISTING)
                .rule(new OneOff(DateWindow.quarter(2026, 1)))
                .build()));
        List<Slot> span = slots(plan(target("span")
                .rule(new OneOff(window("2026-03-01", "2026-06-30")))
                .build()));

        assertThat(ids(quarter)).containsExactly("ttyt-mau-2026/tthc-listing/2026-Q1");
        assertThat(quarter.get(0).due()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ids(span)).containsExactly("ttyt-mau-2026/span/2026-03-01..2026-06-30");
        assertThat(span.get(0).period()).isEqualTo("01/03/2026 – 30/06/2026");
    }

    @Test
    void aDeadlineInJanuaryRunsFromTheStartOfThePlanYearToTheDate() {
        List<Slot> slots = slots(plan(target("report")
                .kind(TargetKind.REPORT)
                .rule(new Deadline(LocalDate.of(2026, 1, 15)))
                .build()));

        assertThat(ids(slots)).containsExactly("ttyt-mau-2026/report/due-2026-01-15");
        assertThat(slots.get(0).window()).isEqualTo(window("2026-01-01", "2026-01-15"));
        assertThat(slots.get(0).due()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(slots.get(0).period()).isEqualTo("trước ngày 15/01/2026");
    }

    @Test
    void severalPerPeriodRulesGiveTheUnionOfTheirSlots() {
        List<Slot> slots = slots(plan(target("reports")
                .kind(TargetKind.REPORT)
                .rule(new Multiple(List.of(new PerPeriod(1, Period.HALF_YEAR), new PerPeriod(1, Period.YEAR))))
                .build()));

        assertThat(ids(slots))
                .containsExactlyInAnyOrder(
                        "ttyt-mau-2026/reports/2026-H1", "ttyt-mau-2026/reports/2026-H2", "ttyt-mau-2026/reports/2026");
        assertThat(slots).extracting(Slot::due).containsOnly(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31));
    }

    @Test
    void slotsAreRestrictedToTheTargetsActiveWindow() {
        List<Slot> slots = slots(
                plan(target("spring").active(window("2026-03-15", "2026-06-10")).build()));

        assertThat(ids(slots))
                .containsExactly(
                        "ttyt-mau-2026/spring/2026-03",
                        "ttyt-mau-2026/spring/2026-04",
                        "ttyt-mau-2026/spring/2026-05",
                        "ttyt-mau-2026/spring/2026-06");
        assertThat(slots.get(0).window()).isEqualTo(window("2026-03-15", "2026-03-31"));
        assertThat(slots.get(3).window()).isEqualTo(window("2026-06-01", "2026-06-10"));
        assertThat(slots.get(3).due()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(slots.get(0).period()).isEqualTo("tháng 3/2026");
    }

    @Test
    void anOngoingTargetIsOneEntryThatIsNeverAGapNorMissed() {
        Plan plan = plan(
                target("visual").kind(TargetKind.VISUAL).rule(new Ongoing()).build());

        for (String instant : List.of("2026-01-01T00:00:00Z", "2026-12-25T00:00:00Z", "2027-02-01T00:00:00Z")) {
            List<Slot> slots = TestCalendars.service(clockAt(instant))
                    .calendar(plan, List.of())
                    .slots();
            assertThat(slots).singleElement().satisfies(slot -> {
                assertThat(slot.id()).isEqualTo("ttyt-mau-2026/visual/ongoing");
                assertThat(slot.state()).isEqualTo(SlotState.ONGOING);
                assertThat(slot.window()).isEqualTo(DateWindow.year(2026));
                assertThat(slot.period()).isEqualTo("thường xuyên năm 2026");
            });
        }
    }

    @Test
    void anOnDemandTargetHasNoSlots() {
        assertThat(slots(plan(target("contest").rule(new OnDemand()).build()))).isEmpty();
    }

    @Test
    void slotsAreOrderedByDueDateThenTargetOrderAndIdsAreUniqueAndStable() {
        Plan plan = plan(
                target("monthly").build(),
                target("quarterly").rule(new PerPeriod(1, Period.QUARTER)).build(),
                target("areas")
                        .rule(new PerPeriod(2, Period.QUARTER))
                        .perArea(Area.values())
                        .build(),
                target("reports")
                        .rule(new Multiple(List.of(
                                new PerPeriod(1, Period.QUARTER),
                                new PerPeriod(1, Period.HALF_YEAR),
                                new PerPeriod(1, Period.YEAR))))
                        .build(),
                target("twice").rule(new PerPeriod(2, Period.YEAR)).build());

        List<Slot> first = slots(plan);
        List<Slot> again = TestCalendars.service(clockOn(LocalDate.of(2026, 8, 1)))
                .calendar(plan, List.of())
                .slots();

        Set<String> unique = first.stream().map(Slot::id).collect(Collectors.toSet());
        assertThat(unique).hasSize(first.size());
        assertThat(ids(again)).isEqualTo(ids(first));
        assertThat(first.get(0).id()).isEqualTo("ttyt-mau-2026/monthly/2026-01");
        assertThat(first).isSortedAccordingTo(java.util.Comparator.comparing(Slot::due));
    }

    @Test
    void theCalendarOfAPlanNamesItsUnitAndDay() {
        Calendar calendar = TestCalendars.service(clockAt("2026-03-31T17:30:00Z"))
                .calendar(plan(target("web").build()), List.of());

        assertThat(calendar.unitKey()).isEqualTo("ttyt-mau");
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
