package vn.cchc.publisher.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.calendar.CalendarFixtures.clockAt;
import static vn.cchc.publisher.calendar.CalendarFixtures.clockOn;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.CalendarFixtures;
import vn.cchc.publisher.calendar.Slot;

class CalendarIcsTests {

    private static final Clock MARCH_20 = clockOn(LocalDate.of(2026, 3, 20));

    private static String ics(Clock clock) {
        Calendar calendar = SampleCalendars.calendar(clock);
        return new CalendarWriters(CalendarFixtures.provider(clock)).ics(2026, List.of(calendar));
    }

    private static ICalendar parse(String ics) {
        ICalendar ical = Biweekly.parse(ics).first();
        assertThat(ical).as("a parsable iCalendar").isNotNull();
        return ical;
    }

    private static VEvent event(ICalendar ical, String slotId) {
        return ical.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(slotId + "@cchc-publisher"))
                .findFirst()
                .orElseThrow();
    }

    private static LocalDate day(Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    @Test
    void hasOneEventPerSlotWithTheSlotIdAsUid() {
        Calendar calendar = SampleCalendars.calendar(MARCH_20);

        ICalendar ical = parse(ics(MARCH_20));

        assertThat(ical.getEvents()).hasSize(calendar.slots().size());
        assertThat(ical.getEvents())
                .extracting(e -> e.getUid().getValue())
                .containsExactlyElementsOf(calendar.slots().stream()
                        .map(s -> s.id() + "@cchc-publisher")
                        .toList());
    }

    @Test
    void uidsStayTheSameAcrossRunsSoThatAReimportUpdatesTheEvents() {
        ICalendar march = parse(ics(MARCH_20));
        ICalendar november = parse(ics(clockAt("2026-11-23T03:00:00Z")));

        assertThat(november.getEvents())
                .extracting(e -> e.getUid().getValue())
                .containsExactlyElementsOf(march.getEvents().stream()
                        .map(e -> e.getUid().getValue())
                        .toList());
        assertThat(november.getEvents().get(0).getDateTimeStamp().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-11-23T03:00:00Z"));
    }

    @Test
    void anEventIsAnAllDayEventOnTheDueDateWithTheStateInItsVietnameseSummary() {
        VEvent gap = event(parse(ics(MARCH_20)), "ttyt-mau-2026/reform-areas/2026-Q1/thu-tuc-hanh-chinh");

        assertThat(gap.getSummary().getValue())
                .isEqualTo("[Thiếu bài] Tin bài CCHC quý I/2026 – Cải cách thủ tục hành chính");
        assertThat(gap.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(gap.getDateStart().getValue())).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(day(gap.getDateEnd().getValue())).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(gap.getStatus().isTentative()).isTrue();
        assertThat(gap.getDateTimeStamp().getValue().toInstant()).isEqualTo(MARCH_20.instant());
    }

    @Test
    void theDescriptionHasTheTaskTheOwnerTheWindowAndTheAssignedContent() {
        VEvent ready = event(parse(ics(MARCH_20)), "ttyt-mau-2026/web-monthly/2026-03");

        assertThat(ready.getSummary().getValue()).startsWith("[Sẵn sàng] Tin bài CCHC tháng 3/2026 – ");
        assertThat(ready.getDescription().getValue())
                .contains("Nhiệm vụ: Đưa tin, bài viết về công tác CCHC lên Trang thông tin điện tử")
                .contains("Phụ trách: Phòng Tổ chức - Hành chính")
                .contains("Thời gian: 01/03/2026 – 31/03/2026 (hạn 31/03/2026)")
                .contains("Bài: Một cửa liên thông giúp người dân tiết kiệm thời gian (articles/mot-cua.md, sẵn sàng)")
                .contains("Kế hoạch: 01/KH-TTYT – Trung tâm Y tế huyện Mẫu");
    }

    @Test
    void anOngoingEntrySpansItsWindow() {
        VEvent ongoing = event(parse(ics(MARCH_20)), "ttyt-mau-2026/visual-ongoing/ongoing");

        assertThat(day(ongoing.getDateStart().getValue())).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(day(ongoing.getDateEnd().getValue())).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ongoing.getSummary().getValue()).startsWith("[Thường xuyên] Tuyên truyền trực quan thường xuyên");
    }

    @Test
    void theCalendarIsNamedAfterTheUnit() {
        ICalendar ical = parse(ics(MARCH_20));

        assertThat(ical.getExperimentalProperty("X-WR-CALNAME").getValue())
                .isEqualTo("Lịch biên tập CCHC 2026 – Trung tâm Y tế huyện Mẫu");
        assertThat(ical.getProductId().getValue()).isEqualTo("-//CCHC publisher//Lich bien tap CCHC//VI");
    }

    @ParameterizedTest(name = "JVM time zone {0}")
    @ValueSource(strings = {"UTC", "Asia/Ho_Chi_Minh", "Pacific/Kiritimati", "America/Los_Angeles"})
    void dueDatesDoNotDependOnTheTimeZoneOfTheJvm(String zone) {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            String ics = ics(MARCH_20);
            assertThat(ics)
                    .contains("UID:ttyt-mau-2026/web-monthly/2026-02@cchc-publisher\r\n"
                            + "DTSTAMP:20260320T050000Z\r\n"
                            + "DTSTART;VALUE=DATE:20260228\r\n"
                            + "DTEND;VALUE=DATE:20260301\r\n");
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void everySlotOfTheCalendarBecomesAnEventInOneFileForSeveralUnits() {
        Calendar one = SampleCalendars.calendar(MARCH_20);
        Calendar two = TestCalendars.service(MARCH_20)
                .calendar(
                        CalendarFixtures.plan(
                                "ttyt-khac",
                                2026,
                                SampleCalendars.PLAN.targets().toArray(vn.cchc.publisher.plan.Target[]::new)),
                        List.of());

        ICalendar ical = parse(new CalendarWriters(CalendarFixtures.provider(MARCH_20)).ics(2026, List.of(one, two)));

        assertThat(ical.getEvents()).hasSize(one.slots().size() + two.slots().size());
        assertThat(ical.getEvents().stream().map(e -> e.getUid().getValue()).distinct())
                .hasSize(one.slots().size() + two.slots().size());
        assertThat(ical.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("Lịch biên tập CCHC 2026");
        assertThat(two.slots()).extracting(Slot::id).allMatch(id -> id.startsWith("ttyt-khac-2026/"));
    }
}
