package vn.cchc.publisher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static vn.cchc.publisher.calendar.CalendarFixtures.article;
import static vn.cchc.publisher.calendar.CalendarFixtures.articles;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentSnapshot;

/** The {@code calendar} command, run in the application as the jar runs it, on the sample plan file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "--version")
@ActiveProfiles("cli")
class CalendarCommandTests {

    /** Slots of config/plan-2026.yaml: 12 + 6 × 4 + 12 + 1 + 2 + 4 + 1 (ongoing) + 0 (on demand) + 3. */
    private static final int SAMPLE_SLOTS = 59;

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock("2026-03-20T05:00:00Z");
        }
    }

    @MockitoBean
    ContentCatalog content;

    @Autowired
    SettableClock clock;

    @Autowired
    CliRunner runner;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void sampleContent() {
        clock.set("2026-03-20T05:00:00Z");
        given(content.load())
                .willReturn(new ContentSnapshot(
                        articles(article("mot-cua")
                                .title("Một cửa liên thông")
                                .target("web-monthly")
                                .publishAt("2026-03-02T08:00")
                                .ready()),
                        List.of(),
                        List.of()));
    }

    private int run(String... args) {
        return runner.newCommandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true))
                .execute(args);
    }

    @Test
    void printsTheCalendarOfTheSamplePlanAsTextByDefault() {
        int status = run("calendar", "--year", "2026");

        assertThat(status).isZero();
        assertThat(stdout.toString())
                .startsWith("LỊCH BIÊN TẬP CCHC NĂM 2026\nTrung tâm Y tế huyện Mẫu (mẫu) – Kế hoạch số 01/KH-TTYT"
                        + " (ttyt-mau)\nNgày 20/03/2026, múi giờ Asia/Ho_Chi_Minh\n")
                .contains("\nTháng 1/2026\n  31/01/2026  Bỏ lỡ ")
                .contains("\n  31/03/2026  Sẵn sàng      Tin bài CCHC tháng 3/2026 – ")
                .contains("Bài: articles/mot-cua.md – Một cửa liên thông (sẵn sàng)")
                .contains("Tổng cộng " + SAMPLE_SLOTS + " mục");
        assertThat(stderr.toString()).isEmpty();
    }

    @Test
    void printsJson() {
        int status = run("calendar", "--year", "2026", "--format", "json", "--unit", "ttyt-mau");

        assertThat(status).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(stdout.toString());
        JsonNode slots = root.get("calendars").get(0).get("slots");
        assertThat(slots).hasSize(SAMPLE_SLOTS);
        JsonNode march = slots.get(4);
        assertThat(march.get("id").asString()).isEqualTo("ttyt-mau-2026/web-monthly/2026-03");
        assertThat(march.get("state").asString()).isEqualTo("ready");
        assertThat(march.get("content").get(0).get("file").asString()).isEqualTo("articles/mot-cua.md");
    }

    @Test
    void printsICalendarWithOneEventPerSlot() {
        int status = run("calendar", "--format", "ics");

        assertThat(status).isZero();
        ICalendar ical = Biweekly.parse(stdout.toString()).first();
        assertThat(ical.getEvents()).hasSize(SAMPLE_SLOTS);
        assertThat(ical.getEvents().get(0).getUid().getValue())
                .isEqualTo("ttyt-mau-2026/web-monthly/2026-01@cchc-publisher");
    }

    @Test
    void theDefaultYearIsTheCurrentYearInTheUnitsTimeZone() {
        // 17:30 UTC on 31 December 2025 is already 1 January 2026 in Vietnam.
        clock.set("2025-12-31T17:30:00Z");

        int status = run("calendar", "--unit", "ttyt-mau");

        assertThat(status).isZero();
        assertThat(stdout.toString()).startsWith("LỊCH BIÊN TẬP CCHC NĂM 2026\n");
    }

    @Test
    void anUnknownUnitIsAnErrorNamingIt() {
        int status = run("calendar", "--year", "2026", "--unit", "ttyt-khong-co");

        assertThat(status).isEqualTo(2);
        assertThat(stdout.toString()).isEmpty();
        assertThat(stderr.toString())
                .isEqualTo(
                        "error: no valid plan of unit 'ttyt-khong-co' for 2026 (see 'cchc-publisher calendar --help')"
                                + System.lineSeparator());
    }

    @Test
    void aYearWithoutPlanIsAnError() {
        int status = run("calendar", "--year", "2031");

        assertThat(status).isEqualTo(2);
        assertThat(stderr.toString()).startsWith("error: no valid plan for 2031");
    }

    @Test
    void anUnknownFormatIsAnError() {
        int status = run("calendar", "--format", "pdf");

        assertThat(status).isEqualTo(2);
        assertThat(stderr.toString()).contains("--format").contains("pdf");
    }
}
