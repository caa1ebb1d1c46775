package vn.cchc.publisher.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static vn.cchc.publisher.calendar.CalendarFixtures.article;
import static vn.cchc.publisher.calendar.CalendarFixtures.articles;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentSnapshot;

/** The calendar's REST API in the running application, over the plan files of two units. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "OFFICER")
class CalendarControllerTests {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock("2026-03-20T05:00:00Z");
        }
    }

    @TempDir
    static Path planDir;

    @DynamicPropertySource
    static void twoUnitsPlans(DynamicPropertyRegistry registry) throws IOException {
        Files.writeString(planDir.resolve("plan-2026-mau.yaml"), plan("ttyt-mau", "web-monthly", "Hàng tháng"));
        Files.writeString(planDir.resolve("plan-2026-khac.yaml"), plan("ttyt-khac", "quarterly", "Hàng quý"));
        registry.add("cchc.plan.dir", planDir::toString);
        registry.add("cchc.data-dir", () -> planDir.resolve("data").toString());
        registry.add("cchc.site.publish-on-start", () -> "false");
    }

    private static String plan(String unit, String target, String frequency) {
        return """
                unit:
                  name: "Trung tâm Y tế huyện Mẫu"
                  id: %s
                plan_number: "01/KH-TTYT"
                year: 2026
                targets:
                  - id: %s
                    task: "Đưa tin, bài viết về công tác CCHC lên Trang thông tin điện tử"
                    owner: "Phòng Tổ chức - Hành chính"
                    channels: [website]
                    kind: article
                    frequency: "%s"
                """.formatted(unit, target, frequency);
    }

    @MockitoBean
    ContentCatalog content;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SettableClock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void oneArticle() {
        clock.set("2026-03-20T05:00:00Z");
        given(content.load())
                .willReturn(new ContentSnapshot(
                        articles(article("mot-cua").target("web-monthly").publishAt("2026-03-02T08:00")),
                        List.of(),
                        List.of()));
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    @Test
    void getsTheCalendarsOfEveryUnitAsJson() {
        MvcTestResult result = mvc.get().uri("/api/calendar?year=2026").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        JsonNode root = body(result);
        assertThat(root.get("year").asInt()).isEqualTo(2026);
        assertThat(root.get("calendars")).hasSize(2);
        assertThat(root.get("calendars").get(0).get("unit").asString()).isEqualTo("ttyt-khac");
        assertThat(root.get("calendars").get(0).get("slots")).hasSize(4);
        assertThat(root.get("calendars").get(1).get("slots")).hasSize(12);
    }

    @Test
    void getsOneUnitsCalendarWithVietnameseTextIntact() {
        MvcTestResult result =
                mvc.get().uri("/api/calendar?year=2026&unit=ttyt-mau").exchange();

        assertThat(result).hasStatusOk();
        JsonNode calendar = body(result).get("calendars").get(0);
        assertThat(calendar.get("unitName").asString()).isEqualTo("Trung tâm Y tế huyện Mẫu");
        JsonNode march = calendar.get("slots").get(2);
        assertThat(march.get("state").asString()).isEqualTo("filled");
        assertThat(march.get("stateLabel").asString()).isEqualTo("Đã có bài");
    }

    @Test
    void theYearDefaultsToTheCurrentYearInVietnam() {
        // 17:30 UTC on 31 December 2025 is already 1 January 2026 in Vietnam.
        clock.set("2025-12-31T17:30:00Z");

        JsonNode root = body(mvc.get().uri("/api/calendar").exchange());

        assertThat(root.get("year").asInt()).isEqualTo(2026);
        assertThat(root.get("calendars")).hasSize(2);
    }

    @Test
    void anUnknownUnitIsANotFoundProblem() {
        MvcTestResult result =
                mvc.get().uri("/api/calendar?year=2026&unit=ttyt-khong-co").exchange();

        assertThat(result)
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(result).get("detail").asString()).isEqualTo("no valid plan of unit 'ttyt-khong-co' for 2026");
    }

    @Test
    void anImpossibleYearIsABadRequestProblem() {
        MvcTestResult result = mvc.get().uri("/api/calendar?year=1999").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(result).get("detail").asString()).isEqualTo("year must be between 2000 and 2100, not 1999");
    }

    @Test
    void getsTheCalendarAsICalendar() {
        MvcTestResult result =
                mvc.get().uri("/api/calendar.ics?year=2026&unit=ttyt-mau").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
        assertThat(result.getResponse().getContentType()).contains("UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"lich-bien-tap-cchc-2026-ttyt-mau.ics\"");
        ICalendar ical = Biweekly.parse(
                        new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .first();
        assertThat(ical.getEvents()).hasSize(12);
        assertThat(ical.getEvents().get(2).getUid().getValue())
                .isEqualTo("ttyt-mau-2026/web-monthly/2026-03@cchc-publisher");
        assertThat(ical.getEvents().get(2).getSummary().getValue()).startsWith("[Đã có bài] Tin bài CCHC tháng 3/2026");
    }
}
