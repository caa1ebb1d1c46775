package vn.cchc.publisher.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.CalendarFixtures;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.notification.Notification;
import vn.cchc.publisher.notification.Role;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.Target;

/** The daily check: empty slots 14 and 3 days before they are due, and tokens about to expire. */
class DailyCheckTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Target TARGET = CalendarFixtures.target("web-monthly")
            .task("Đưa tin về công tác CCHC")
            .build();

    private NotificationHarness harness = new NotificationHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    /** 07:00 in Vietnam on {@code day}, when the job runs. */
    private static Instant morningOf(LocalDate day) {
        return day.atTime(7, 0).atZone(VIETNAM).toInstant();
    }

    private static Slot slot(String period, LocalDate due, SlotState state) {
        return new Slot(
                "ttyt-mau-2026/web-monthly/" + period,
                TARGET,
                null,
                "tháng " + due.getMonthValue() + "/" + due.getYear(),
                DateWindow.month(due.getYear(), due.getMonthValue()),
                due,
                state,
                List.of());
    }

    private static Calendar calendar(int year, LocalDate today, Slot... slots) {
        return new Calendar(
                CalendarFixtures.plan("ttyt-mau", year, TARGET), "ttyt-mau", today, List.of(slots), List.of());
    }

    private List<Notification> officer() {
        return harness.notifications().list(Role.OFFICER, null, false);
    }

    @Test
    void warnsAboutEmptySlotsExactly14And3DaysBeforeTheirDueDate() {
        LocalDate today = LocalDate.of(2026, 3, 17);
        harness.calendars = List.of(calendar(
                2026,
                today,
                slot("2026-03-a", LocalDate.of(2026, 3, 20), SlotState.GAP),
                slot("2026-03-b", LocalDate.of(2026, 3, 30), SlotState.GAP),
                slot("2026-03-c", LocalDate.of(2026, 3, 31), SlotState.OPEN),
                slot("2026-03-d", LocalDate.of(2026, 3, 31), SlotState.FILLED)));

        int told = harness.dailyCheck().run(morningOf(today));

        assertThat(told).isEqualTo(2);
        assertThat(officer())
                .extracting(Notification::subject)
                .containsExactlyInAnyOrder(
                        "ttyt-mau-2026/web-monthly/2026-03-a", "ttyt-mau-2026/web-monthly/2026-03-c");
        assertThat(officer())
                .filteredOn(n -> n.subject().endsWith("2026-03-c"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.unit()).isEqualTo("ttyt-mau");
                    assertThat(n.kind()).isEqualTo("gap-warning");
                    assertThat(n.titleVi()).isEqualTo("Sắp đến hạn mà chưa có bài: Đưa tin về công tác CCHC");
                    assertThat(n.bodyVi())
                            .isEqualTo("Còn 14 ngày nữa (hạn 31/03/2026) là đến hạn của mục \"Đưa tin về công tác"
                                    + " CCHC\" (tháng 3/2026) nhưng chưa có bài nào được xếp vào. Vui lòng chuẩn bị"
                                    + " bài.");
                });
    }

    @Test
    void neverTellsTheSameWarningTwiceEvenAfterARestart() {
        LocalDate today = LocalDate.of(2026, 3, 17);
        harness.calendars = List.of(calendar(2026, today, slot("2026-03", LocalDate.of(2026, 3, 31), SlotState.OPEN)));

        assertThat(harness.dailyCheck().run(morningOf(today))).isEqualTo(1);
        assertThat(harness.dailyCheck().run(morningOf(today).plus(Duration.ofHours(2))))
                .isZero();

        assertThat(officer()).hasSize(1);
    }

    @Test
    void theSameSlotIsToldAgainAt3Days() {
        Slot slot = slot("2026-03", LocalDate.of(2026, 3, 31), SlotState.OPEN);
        for (LocalDate day = LocalDate.of(2026, 3, 10); day.isBefore(LocalDate.of(2026, 4, 1)); day = day.plusDays(1)) {
            harness.calendars = List.of(calendar(2026, day, slot));
            harness.dailyCheck().run(morningOf(day));
        }

        assertThat(officer())
                .extracting(Notification::bodyVi)
                .map(body -> body.substring(0, body.indexOf(" ngày")))
                .containsExactlyInAnyOrder("Còn 14", "Còn 3");
    }

    @Test
    void looksIntoNextYearsCalendarInLateDecember() {
        LocalDate today = LocalDate.of(2026, 12, 20);
        harness.calendars = List.of(
                calendar(2026, today, slot("2026-12", LocalDate.of(2026, 12, 31), SlotState.GAP)),
                calendar(2027, today, slot("2027-01", LocalDate.of(2027, 1, 3), SlotState.OPEN)));

        harness.dailyCheck().run(morningOf(today));

        assertThat(officer()).extracting(Notification::subject).containsExactly("ttyt-mau-2026/web-monthly/2027-01");
    }

    @Test
    void warnsWhenZalosRefreshTokenHasFewerThan14DaysLeft() {
        Instant now = morningOf(LocalDate.of(2026, 3, 17));
        harness.zaloTokensWrittenAt = now.minus(Duration.ofDays(70));
        assertThat(harness.dailyCheck().run(now)).isZero();

        harness.zaloTokensWrittenAt = now.minus(Duration.ofDays(77));
        assertThat(harness.dailyCheck().run(now)).isEqualTo(1);
        assertThat(harness.dailyCheck().run(now.plus(Duration.ofDays(1)))).isZero();

        assertThat(officer()).singleElement().satisfies(n -> {
            assertThat(n.unit()).isNull();
            assertThat(n.kind()).isEqualTo("token-expiring");
            assertThat(n.subject()).isEqualTo("channel:zalo");
            assertThat(n.titleVi()).isEqualTo("Mã truy cập Zalo OA sắp hết hạn");
            assertThat(n.bodyVi()).contains("30/03/2026 (còn 13 ngày)", "ZALO_REFRESH_TOKEN");
        });
        assertThat(harness.notifications().list(Role.OFFICER, "ttyt-mau", false))
                .as("a notice about the whole service is shown to every unit")
                .hasSize(1);
    }

    @Test
    void warnsBeforeTheConfiguredFacebookTokenExpiryAndSkipsADisabledZalo() {
        harness.close();
        harness = new NotificationHarness(
                Map.of(
                        "cchc.channels.facebook.token-expires-at", "2026-03-25T00:00:00Z",
                        "cchc.channels.zalo.enabled", "false"),
                null);
        Instant now = morningOf(LocalDate.of(2026, 3, 17));
        harness.zaloTokensWrittenAt = now.minus(Duration.ofDays(89));

        assertThat(harness.dailyCheck().run(now)).isEqualTo(1);

        assertThat(officer()).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("channel:facebook");
            assertThat(n.titleVi()).isEqualTo("Mã truy cập Trang Facebook sắp hết hạn");
            assertThat(n.bodyVi()).contains("25/03/2026 (còn 8 ngày)", "FACEBOOK_PAGE_TOKEN");
        });
    }

    @Test
    void warningDaysAreConfigurable() {
        harness.close();
        harness = new NotificationHarness(Map.of("cchc.notifications.gap-warning-days", "7"), null);
        LocalDate today = LocalDate.of(2026, 3, 17);
        harness.calendars = List.of(calendar(
                2026,
                today,
                slot("2026-03-a", LocalDate.of(2026, 3, 24), SlotState.GAP),
                slot("2026-03-b", LocalDate.of(2026, 3, 31), SlotState.OPEN)));

        harness.dailyCheck().run(morningOf(today));

        assertThat(officer()).extracting(Notification::subject).containsExactly("ttyt-mau-2026/web-monthly/2026-03-a");
    }

    @Test
    void theJobRunsTheCheckAtTheApplicationClocksTime() throws Exception {
        harness.clock.set("2026-03-17T00:00:00Z");
        harness.zaloTokensWrittenAt = Instant.parse("2025-12-25T00:00:00Z");

        new DailyCheckJob(harness.dailyCheck(), harness.mailer(), harness.clock)
                .execute(mock(JobExecutionContext.class));

        assertThat(officer()).extracting(Notification::subject).containsExactly("channel:zalo");
    }
}
