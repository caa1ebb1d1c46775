package vn.cchc.publisher.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.audit.report.ReportFixtures;
import vn.cchc.publisher.audit.report.ReportTestContext;

/** The reports' REST API on the sample quarter: JSON, files, problems, and who may do what. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportControllerTests extends ReportTestContext {

    @Autowired
    MockMvcTester mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private MvcTestResult explain(String text) {
        return mvc.put()
                .uri("/api/reports/2026-Q1/explanations/ttyt-mau/web-monthly")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("text", text)))
                .exchange();
    }

    @Test
    @WithMockUser(username = "kiem.tra", roles = "AUDITOR")
    void givesTheReportAsJson() {
        MvcTestResult result =
                mvc.get().uri("/api/reports/2026-Q1?unit=ttyt-mau").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        JsonNode report = body(result);
        assertThat(report.get("title").asString())
                .isEqualTo("BÁO CÁO KẾT QUẢ TRUYỀN THÔNG CẢI CÁCH HÀNH CHÍNH – Quý I/2026");
        assertThat(report.get("period").get("code").asString()).isEqualTo("2026-Q1");
        JsonNode row = report.get("units").get(0).get("rows").get(0);
        assertThat(row.get("target").asString()).isEqualTo("web-monthly");
        assertThat(row.get("required").asInt()).isEqualTo(3);
        assertThat(row.get("published").asInt()).isEqualTo(3);
        assertThat(row.get("verified").asInt()).isEqualTo(1);
        assertThat(row.get("status").asString()).isEqualTo("not-met");
        assertThat(row.get("statusLabel").asString()).isEqualTo("Chưa đạt");
        assertThat(row.get("evidence").get(0).get("date").asString()).isEqualTo("2026-01-10");
        assertThat(report.get("units").get(0).get("rows").get(3).get("required").isNull())
                .isTrue();
        assertThat(report.get("units").get(0).get("summary").asString())
                .startsWith("Quý I/2026, Trung tâm Y tế huyện Mẫu đã đăng 6 tin, bài");
    }

    @Test
    @WithMockUser(username = "lanh.dao", roles = "APPROVER")
    void givesTheFileAsAnAttachment() throws IOException {
        MvcTestResult result =
                mvc.get().uri("/api/reports/2026-Q1?unit=ttyt-mau&format=xlsx").exchange();

        assertThat(result)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''bao-cao-cchc-2026-Q1-ttyt-mau.xlsx");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheet("Báo cáo").getRow(4).getCell(2).getStringCellValue())
                    .isEqualTo(ReportFixtures.WEB_TASK);
        }
        MvcTestResult csv = mvc.get().uri("/api/reports/2026?format=csv").exchange();
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''bao-cao-cchc-2026.csv");
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void badRequestsAreProblemsInVietnamese() {
        MvcTestResult period = mvc.get().uri("/api/reports/2026-Q7").exchange();
        assertThat(period).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(period).get("detail").asString()).startsWith("period: kỳ báo cáo \"2026-Q7\" không hợp lệ");

        MvcTestResult format = mvc.get().uri("/api/reports/2026-Q1?format=pdf").exchange();
        assertThat(format).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(format).get("detail").asString()).startsWith("format: định dạng \"pdf\" không hợp lệ");

        MvcTestResult unit = mvc.get().uri("/api/reports/2026-Q1?unit=ttyt-xyz").exchange();
        assertThat(unit).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(unit).get("detail").asString())
                .isEqualTo("unit: không có kế hoạch hợp lệ của đơn vị 'ttyt-xyz' cho năm 2026");
    }

    @Test
    @WithMockUser(username = "can.bo", roles = "OFFICER")
    void theOfficerExplainsATargetButMayNotReadTheReport() {
        MvcTestResult result = explain(ReportFixtures.EXPLANATION);

        assertThat(result).hasStatusOk();
        assertThat(body(result).get("author").asString()).isEqualTo("can.bo");
        assertThat(body(result).get("text").asString()).isEqualTo(ReportFixtures.EXPLANATION);
        assertThat(mvc.get().uri("/api/reports/2026-Q1")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(explain("x".repeat(2001))).hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult unknown = mvc.put()
                .uri("/api/reports/2026-Q1/explanations/ttyt-mau/khong-co")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"x\"}")
                .exchange();
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(body(unknown).get("detail").asString()).startsWith("target: ");
    }

    @Test
    @WithMockUser(roles = {"AUDITOR", "APPROVER"})
    void auditorsAndApproversMayNotExplain() {
        assertThat(explain("Lý do")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    @WithMockUser(username = "quan.tri", roles = "ADMIN")
    void theAdminMayDoBoth() {
        assertThat(explain(ReportFixtures.EXPLANATION)).hasStatusOk();

        JsonNode row = body(mvc.get().uri("/api/reports/2026-Q1?unit=ttyt-mau").exchange())
                .get("units")
                .get(0)
                .get("rows")
                .get(0);
        assertThat(row.get("explanation").get("text").asString()).isEqualTo(ReportFixtures.EXPLANATION);
        assertThat(row.get("explanation").get("author").asString()).isEqualTo("quan.tri");
    }

    @Test
    void strangersAreAskedToSignIn() {
        assertThat(mvc.get().uri("/api/reports/2026-Q1")).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
