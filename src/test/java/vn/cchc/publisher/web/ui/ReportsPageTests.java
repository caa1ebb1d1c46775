package vn.cchc.publisher.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.audit.report.ReportFormat;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.ReportProgress;
import vn.cchc.publisher.audit.report.Reports;
import vn.cchc.publisher.calendar.SettableClock;

/**
 * {@code /reports} with a stand-in {@link Reports}: one unit's report in each format straight away, a whole
 * department's through the progress page ({@code /tasks/{id}}, {@code /tasks/{id}.json}) to the download.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "kiemtoan", roles = "AUDITOR")
class ReportsPageTests {

    /** Reports three units, one by one; a test may hold it after the first unit. */
    static class StubReports implements Reports {

        volatile CountDownLatch hold = new CountDownLatch(0);
        final List<String> calls = new ArrayList<>();

        @Override
        public byte[] export(ReportPeriod period, @Nullable String unit, ReportFormat format, ReportProgress progress) {
            calls.add(period.code() + " " + unit + " " + format.extension());
            if (period.code().equals("2025")) {
                throw new IllegalStateException("no plan for 2025");
            }
            List<String> units = unit == null ? List.of("ttyt-mau", "ttyt-khac", "bv-ba") : List.of(unit);
            progress.units(units.size());
            for (int i = 0; i < units.size(); i++) {
                progress.unitDone(units.get(i));
                if (i == 0) {
                    try {
                        hold.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            return ("Báo cáo " + period.label() + " " + (unit == null ? "toàn Sở" : unit) + " ." + format.extension())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock("2026-04-10T03:00:00Z");
        }

        @Bean
        @Primary
        StubReports stubReports() {
            return new StubReports();
        }
    }

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void plans(DynamicPropertyRegistry registry) throws IOException {
        UiFixtures.twoUnits(dir, registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StubReports reports;

    private final JsonMapper json = JsonMapper.builder().build();

    private MvcTestResult request(String period, String unit, String format) {
        return mvc.post()
                .uri("/reports")
                .param("period", period)
                .param("unit", unit)
                .param("format", format)
                .with(csrf())
                .exchange();
    }

    @Test
    void thePageOffersThePeriodsOfThisYearAndLastTheUnitsAndTheFormats() {
        MvcTestResult result = mvc.get().uri("/reports").exchange();

        assertThat(result).hasStatusOk();
        Document page = UiFixtures.html(result);
        assertThat(page.select("select[name=period] option").eachText())
                .hasSize(14)
                .startsWith("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026", "6 tháng đầu năm 2026")
                .contains("Năm 2026", "Quý IV/2025", "Năm 2025");
        // the quarter that ended last is chosen
        assertThat(page.select("select[name=period] option[selected]").val()).isEqualTo("2026-Q1");
        assertThat(page.select("select[name=unit] option").eachText())
                .containsExactlyInAnyOrder(
                        "Toàn Sở (mọi đơn vị)", "Trung tâm Y tế huyện Mẫu", "Bệnh viện Đa khoa Khác");
        assertThat(page.select("select[name=format] option").eachAttr("value"))
                .containsExactly("xlsx", "docx", "csv", "md", "html");
        assertThat(page.select("#reports-missing")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void oneUnitsReportDownloadsInEachFormat(ReportFormat format) {
        MvcTestResult result = request("2026-Q1", "ttyt-mau", format.extension());

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.parseMediaType(format.mediaType()));
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"bao-cao-cchc-2026-Q1-ttyt-mau." + format.extension() + "\"");
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("Báo cáo Quý I/2026 ttyt-mau ." + format.extension());
    }

    @Test
    void aBadPeriodIsRefusedInVietnamese() {
        MvcTestResult result = request("2026-Q7", "ttyt-mau", "xlsx");

        assertThat(result).hasStatus(400);
        assertThat(UiFixtures.html(result).select("#report-error").text())
                .isEqualTo("Chọn kỳ báo cáo: quý, 6 tháng hoặc năm.");
    }

    @Test
    void aDepartmentsReportRunsInTheBackgroundAndIsDownloadedFromItsProgressPage() throws Exception {
        reports.hold = new CountDownLatch(1);
        MvcTestResult started = request("2026-H1", "", "docx");

        assertThat(started).hasStatus3xxRedirection();
        String taskPage = started.getResponse().getRedirectedUrl();
        assertThat(taskPage).startsWith("/tasks/");

        JsonNode running =
                pollUntil(taskPage + ".json", task -> task.get("done").asInt() == 1);
        assertThat(running.get("state").asString()).isEqualTo("running");
        assertThat(running.get("total").asInt()).isEqualTo(3);
        assertThat(running.get("percent").asInt()).isEqualTo(33);
        assertThat(running.get("label").asString()).isEqualTo("Báo cáo 6 tháng đầu năm 2026 – toàn Sở");
        Document page = UiFixtures.html(mvc.get().uri(taskPage).exchange());
        assertThat(page.select("#task-label").text()).isEqualTo("Báo cáo 6 tháng đầu năm 2026 – toàn Sở");
        assertThat(page.select("#task-progress").attr("value")).isEqualTo("1");
        assertThat(page.select("#task-progress").attr("max")).isEqualTo("3");
        assertThat(page.select("#task-count").text()).isEqualTo("1/3 (33%)");
        assertThat(page.select("#task-state").text()).isEqualTo("Đang chạy");
        assertThat(page.select("#task-started").text()).isEqualTo("10/04/2026 10:00");
        assertThat(page.select("noscript").html()).contains("tải lại trang");
        assertThat(page.select("script[src=/js/progress.js]")).hasSize(1);
        assertThat(page.select("#task-result a")).isEmpty();

        reports.hold.countDown();
        JsonNode finished = pollUntil(
                taskPage + ".json", task -> !task.get("state").asString().equals("running"));
        assertThat(finished.get("state").asString()).isEqualTo("finished");
        assertThat(finished.get("done").asInt()).isEqualTo(3);
        assertThat(finished.get("percent").asInt()).isEqualTo(100);

        page = UiFixtures.html(mvc.get().uri(taskPage).exchange());
        assertThat(page.select("#task-state").text()).isEqualTo("Đã xong");
        assertThat(page.select("noscript")).isEmpty();
        String link = page.select("#task-result a").attr("href");
        assertThat(link).isEqualTo("/reports/files/" + taskPage.substring("/tasks/".length()));

        MvcTestResult download = mvc.get().uri(link).exchange();
        assertThat(download)
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.parseMediaType(ReportFormat.DOCX.mediaType()));
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"bao-cao-cchc-2026-H1.docx\"");
        assertThat(new String(download.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("Báo cáo 6 tháng đầu năm 2026 toàn Sở .docx");
        assertThat(reports.calls).contains("2026-H1 null docx");

        Document tasks = UiFixtures.html(mvc.get().uri("/tasks").exchange());
        assertThat(tasks.select("table.tasks a[href=" + taskPage + "]").text())
                .isEqualTo("Báo cáo 6 tháng đầu năm 2026 – toàn Sở");
    }

    @Test
    void aFailedDepartmentsReportSaysSoOnItsProgressPage() throws Exception {
        MvcTestResult started = request("2025", "", "xlsx");

        String taskPage = started.getResponse().getRedirectedUrl();
        JsonNode failed = pollUntil(
                taskPage + ".json", task -> !task.get("state").asString().equals("running"));
        assertThat(failed.get("state").asString()).isEqualTo("failed");
        Document page = UiFixtures.html(mvc.get().uri(taskPage).exchange());
        assertThat(page.select("#task-state").text()).isEqualTo("Thất bại");
        assertThat(page.select("#task-failure").text())
                .isEqualTo("Không lập được báo cáo; chi tiết lỗi có trong nhật ký của dịch vụ.");
        assertThat(page.select("#task-result a")).isEmpty();
    }

    @Test
    void anUnknownTaskOrAnExpiredFileIsNotFound() {
        assertThat(mvc.get().uri("/tasks/khong-co.json").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/reports/files/khong-co").exchange()).hasStatus(404);
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void anOfficerMayNotExportReports() {
        assertThat(mvc.get().uri("/reports").exchange()).hasStatus(403);
        assertThat(request("2026-Q1", "ttyt-mau", "csv")).hasStatus(403);
    }

    private JsonNode pollUntil(String uri, java.util.function.Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
            JsonNode task = json.readTree(result.getResponse().getContentAsByteArray());
            if (done.test(task) || System.nanoTime() > deadline) {
                return task;
            }
            Thread.sleep(20);
        }
    }
}
