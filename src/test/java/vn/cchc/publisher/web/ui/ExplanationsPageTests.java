package vn.cchc.publisher.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.cchc.publisher.audit.report.ReportFormat;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.Reports;

/** {@code /reports/explanations}: the officer explains a target not met, and the report carries it. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(UiFixtures.TwentiethOfMarch.class)
class ExplanationsPageTests {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void plans(DynamicPropertyRegistry registry) throws IOException {
        UiFixtures.twoUnits(dir, registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Reports reports;

    private Document page(String role) {
        MvcTestResult result = mvc.get()
                .uri("/reports/explanations?period=2026-Q1&unit=ttyt-mau")
                .with(user("u-" + role).roles(role))
                .exchange();
        assertThat(result).hasStatusOk();
        return UiFixtures.html(result);
    }

    @Test
    void theOfficerExplainsATargetNotMetAndTheReportCarriesIt() {
        Document before = page("OFFICER");
        Element row = before.selectFirst("#open-targets tr[data-target=web-monthly]");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("Đang thực hiện");
        assertThat(row.select("textarea[name=text]")).hasSize(1);

        MvcTestResult saved = mvc.post()
                .uri("/reports/explanations")
                .param("period", "2026-Q1")
                .param("unit", "ttyt-mau")
                .param("target", "web-monthly")
                .param("text", "Cán bộ phụ trách nghỉ ốm tháng 3; bài bù vào tháng 4.")
                .with(user("canbo").roles("OFFICER"))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/reports/explanations?period=2026-Q1&unit=ttyt-mau");

        Element after = page("AUDITOR").selectFirst("#open-targets tr[data-target=web-monthly]");
        assertThat(after).isNotNull();
        assertThat(after.text()).contains("Cán bộ phụ trách nghỉ ốm tháng 3").contains("canbo");
        assertThat(after.select("textarea")).as("only an officer edits").isEmpty();

        String markdown = new String(
                reports.export(ReportPeriod.parse("2026-Q1"), "ttyt-mau", ReportFormat.MD), StandardCharsets.UTF_8);
        assertThat(markdown).contains("Cán bộ phụ trách nghỉ ốm tháng 3");
    }

    @Test
    void anExplanationTooLongIsRefusedWithAMessage() {
        MvcTestResult refused = mvc.post()
                .uri("/reports/explanations")
                .param("period", "2026-Q1")
                .param("unit", "ttyt-mau")
                .param("target", "web-monthly")
                .param("text", "x".repeat(2001))
                .with(user("canbo").roles("OFFICER"))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus3xxRedirection();
        assertThat(refused).flash().containsKey("error");
        assertThat(refused.getMvcResult().getFlashMap().get("error")).asString().contains("tối đa 2000 ký tự");
    }

    @Test
    void oddValuesComeBackEncodedInTheRedirect() {
        MvcTestResult saved = mvc.post()
                .uri("/reports/explanations")
                .param("period", "{x}")
                .param("unit", "ttyt mẫu&y")
                .param("target", "web-monthly")
                .param("text", "x")
                .with(user("canbo").roles("OFFICER"))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/reports/explanations?period=%7Bx%7D&unit=ttyt%20m%E1%BA%ABu%26y");
    }

    @Test
    void onlyAnOfficerSavesAndAnUnknownPeriodIsSaidOnThePage() {
        assertThat(mvc.post()
                        .uri("/reports/explanations")
                        .param("period", "2026-Q1")
                        .param("unit", "ttyt-mau")
                        .param("target", "web-monthly")
                        .param("text", "x")
                        .with(user("lanhdao").roles("APPROVER"))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult bad = mvc.get()
                .uri("/reports/explanations?period=2026-Q9&unit=ttyt-mau")
                .with(user("canbo").roles("OFFICER"))
                .exchange();
        assertThat(UiFixtures.html(bad).text()).contains("Không lập được báo cáo cho kỳ \"2026-Q9\"");
    }
}
