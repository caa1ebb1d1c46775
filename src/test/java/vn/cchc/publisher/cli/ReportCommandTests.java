package vn.cchc.publisher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.publisher.audit.report.ReportFixtures;
import vn.cchc.publisher.audit.report.ReportTestContext;

/** The {@code report} and {@code report explain} commands, run as the jar runs them, on the sample quarter. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "--version")
@ActiveProfiles("cli")
class ReportCommandTests extends ReportTestContext {

    @Autowired
    CliRunner runner;

    private StringWriter stdout = new StringWriter();
    private StringWriter stderr = new StringWriter();

    private int run(String... args) {
        stdout = new StringWriter();
        stderr = new StringWriter();
        return runner.newCommandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true))
                .execute(args);
    }

    @Test
    void printsMarkdownByDefault() {
        int status = run("report", "--period", "2026-Q1", "--unit", "ttyt-mau");

        assertThat(status).isZero();
        assertThat(stdout.toString())
                .startsWith("# BÁO CÁO KẾT QUẢ TRUYỀN THÔNG CẢI CÁCH HÀNH CHÍNH – Quý I/2026\n")
                .contains("Quý I/2026, Trung tâm Y tế huyện Mẫu đã đăng 6 tin, bài về cải cách hành chính")
                .contains(
                        "| 1 | " + ReportFixtures.WEB_TASK + " | Phòng Tổ chức - Hành chính | 3 | 3 | 1 | Chưa đạt |");
        assertThat(stderr.toString()).isEmpty();
    }

    @Test
    void anExplanationSetOnTheCommandLineIsInTheReport() {
        int status = run(
                "report",
                "explain",
                "--period",
                "2026-Q1",
                "--unit",
                "ttyt-mau",
                "--target",
                "web-monthly",
                "--by",
                "can.bo",
                ReportFixtures.EXPLANATION);

        assertThat(status).isZero();
        assertThat(stdout.toString())
                .isEqualTo("Đã ghi giải trình của chỉ tiêu web-monthly (đơn vị ttyt-mau, Quý I/2026).\n");
        run("report", "--period", "2026-Q1", "--unit", "ttyt-mau", "--format", "csv");
        assertThat(stdout.toString()).startsWith("\uFEFFĐơn vị,STT,").contains(ReportFixtures.EXPLANATION);
    }

    @Test
    void writesBinaryFormatsToTheOutputFile() throws IOException {
        Path xlsx = dir.resolve("out/bao-cao.xlsx");

        int status = run("report", "--period", "2026-Q1", "--format", "xlsx", "--output", xlsx.toString());

        assertThat(status).isZero();
        assertThat(stdout.toString()).isEqualTo("Đã ghi báo cáo Quý I/2026 (xlsx) vào " + xlsx.toAbsolutePath() + "\n");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheet("Báo cáo").getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Trung tâm Y tế huyện Khác");
        }
    }

    @Test
    void withoutOutputABinaryFormatGoesToItsFileNameInTheWorkingDirectory() throws IOException {
        Path file = Path.of("bao-cao-cchc-2026-H1-ttyt-mau.docx");
        try {
            int status = run("report", "--period", "2026-H1", "--unit", "ttyt-mau", "--format", "docx");

            assertThat(status).isZero();
            assertThat(stdout.toString()).endsWith(file.toAbsolutePath() + "\n");
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
                assertThat(doc.getParagraphs().get(0).getText()).endsWith("– 6 tháng đầu năm 2026");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void badOptionsAreRefusedWithAReasonNamingTheOption() {
        assertThat(run("report", "--period", "2026-Q5")).isEqualTo(2);
        assertThat(stderr.toString())
                .startsWith("error: --period: kỳ báo cáo \"2026-Q5\" không hợp lệ; ghi một quý (2026-Q1),")
                .hasLineCount(1);
        assertThat(run("report", "--period", "2026-Q1", "--format", "pdf")).isEqualTo(2);
        assertThat(stderr.toString()).startsWith("error: --format: định dạng \"pdf\" không hợp lệ");
        assertThat(run("report", "--period", "2026-Q1", "--unit", "ttyt-xyz")).isEqualTo(2);
        assertThat(stderr.toString())
                .startsWith("error: --unit: không có kế hoạch hợp lệ của đơn vị 'ttyt-xyz' cho năm 2026");
        assertThat(run("report")).isEqualTo(2);
        assertThat(stderr.toString()).startsWith("error: --period: thiếu kỳ báo cáo");
        assertThat(run("report", "explain", "--period", "2026-Q1", "--unit", "ttyt-mau", "--target", "x", "Lý do"))
                .isEqualTo(2);
        assertThat(stderr.toString()).startsWith("error: --target: kế hoạch 01/KH-TTYT");
    }
}
