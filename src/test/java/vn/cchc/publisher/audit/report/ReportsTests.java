package vn.cchc.publisher.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.publisher.audit.report.ReportFixtures.CONFERENCE;
import static vn.cchc.publisher.audit.report.ReportFixtures.EXPLANATION;
import static vn.cchc.publisher.audit.report.ReportFixtures.PHOTO;
import static vn.cchc.publisher.audit.report.ReportFixtures.SHA_JAN;
import static vn.cchc.publisher.audit.report.ReportFixtures.SITE;
import static vn.cchc.publisher.audit.report.ReportFixtures.WEB_TASK;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.OfflineActivities;

/** The report of a sample quarter, its model row by row, then every format read back cell by cell. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReportsTests extends ReportTestContext {

    static final ReportPeriod Q1 = ReportPeriod.parse("2026-Q1");

    static final String JAN = "10/01/2026 – Trang thông tin điện tử – Một cửa tháng 1 – " + SITE
            + "jan/ – đã kiểm tra 03/04/2026 09:01, SHA-256 " + SHA_JAN;
    static final String FEB =
            "10/02/2026 – Trang thông tin điện tử – Thể chế tháng 2 – " + SITE + "feb/ – chưa kiểm tra";
    static final String MAR = "10/03/2026 – Trang thông tin điện tử – Tin tháng 3 – " + SITE
            + "mar/ – cần xử lý (kiểm tra 10/03/2026 08:01)";
    static final String MEETING = "15/03/2026 – Hội nghị, tọa đàm – " + CONFERENCE + " – tệp kèm " + PHOTO;

    static final String SUMMARY = "Quý I/2026, Trung tâm Y tế huyện Mẫu đã đăng 6 tin, bài về cải cách hành chính trên"
            + " Trang thông tin điện tử (chỉ tiêu: 6), trong đó theo lĩnh vực: Cải cách thể chế: 2, Cải cách thủ tục"
            + " hành chính: 2, Chưa ghi lĩnh vực: 2; 2 tin, bài trên Trang Facebook; thực hiện 1 hoạt động trực tiếp"
            + " (Hội nghị, tọa đàm: 1); đạt 3/4 chỉ tiêu có số lượng trong kỳ; chỉ tiêu chưa đạt: " + WEB_TASK
            + " (1/3; lý do: " + EXPLANATION + ").";

    /** The nine cells of each row of ttyt-mau, as every format shows them. */
    static final List<List<String>> MAU_ROWS = List.of(
            List.of(
                    "1",
                    WEB_TASK,
                    "Phòng Tổ chức - Hành chính",
                    "3",
                    "3",
                    "1",
                    "Chưa đạt",
                    JAN + "\n" + FEB + "\n" + MAR,
                    EXPLANATION),
            List.of(
                    "2",
                    "Tin, bài theo từng lĩnh vực cải cách",
                    "Phòng Kế hoạch - Nghiệp vụ",
                    "2",
                    "2",
                    "2",
                    "Đạt",
                    "15/02/2026 – Trang thông tin điện tử – Văn bản mới quý I – " + SITE
                            + "q1-the-che/ – đã kiểm tra 15/02/2026 08:01, SHA-256 " + "b".repeat(64) + "\n"
                            + "15/03/2026 – Trang thông tin điện tử – Dịch vụ công quý I – " + SITE
                            + "q1-tthc/ – đã kiểm tra 15/03/2026 08:01, SHA-256 " + "c".repeat(64),
                    ""),
            List.of(
                    "3",
                    "Công khai bộ thủ tục hành chính",
                    "Bộ phận Một cửa",
                    "1",
                    "1",
                    "1",
                    "Đạt",
                    "05/01/2026 – Trang thông tin điện tử – Bộ thủ tục hành chính cập nhật – " + SITE
                            + "tthc/ – đã kiểm tra 05/01/2026 08:01, SHA-256 " + "d".repeat(64),
                    ""),
            List.of(
                    "4",
                    "Đăng tin CCHC trên Trang Facebook",
                    "Phòng Tổ chức - Hành chính",
                    "Thường xuyên",
                    "1",
                    "1",
                    "Đã thực hiện",
                    "20/03/2026 – Trang Facebook – Lịch tiếp công dân – https://fb.test/1_8 – đã kiểm tra 20/03/2026"
                            + " 08:01",
                    ""),
            List.of("5", "Tổ chức hội nghị tuyên truyền CCHC", "Ban Giám đốc", "1", "1", "1", "Đạt", MEETING, ""),
            List.of(
                    "6",
                    "Báo cáo kết quả CCHC",
                    "Phòng Tổ chức - Hành chính",
                    "0",
                    "0",
                    "0",
                    "Không có chỉ tiêu trong kỳ",
                    "",
                    ""));

    static final List<String> HEADERS = List.of(
            "STT",
            "Nhiệm vụ",
            "Đơn vị thực hiện",
            "Chỉ tiêu trong kỳ",
            "Đã đăng",
            "Đã kiểm tra",
            "Kết quả",
            "Minh chứng",
            "Giải trình");

    @Autowired
    Reports reports;

    @Autowired
    ReportBuilder builder;

    @Autowired
    ReportExplanations explanations;

    @Autowired
    OfflineActivities activities;

    @Autowired
    AuditLedger ledger;

    @BeforeEach
    void aConferenceAndAnExplanation() {
        ReportFixtures.conference(activities, dir);
        explanations.explain(Q1, "ttyt-mau", "web-monthly", "Chưa rõ", "can.bo");
        explanations.explain(Q1, "ttyt-mau", "web-monthly", EXPLANATION, "can.bo");
    }

    private UnitReport mau() {
        Report report = builder.build(Q1, "ttyt-mau", ReportProgress.NONE);
        assertThat(report.units()).hasSize(1);
        return report.units().get(0);
    }

    @Test
    void countsEachTargetOfTheQuarter() {
        UnitReport unit = mau();

        assertThat(unit.unit()).isEqualTo("ttyt-mau");
        assertThat(unit.unitName()).isEqualTo("Trung tâm Y tế huyện Mẫu");
        assertThat(unit.rows())
                .extracting(
                        ReportRow::target,
                        ReportRow::required,
                        ReportRow::published,
                        ReportRow::verified,
                        ReportRow::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("web-monthly", 3, 3, 1, RowStatus.NOT_MET),
                        org.assertj.core.groups.Tuple.tuple("quarterly-area", 2, 2, 2, RowStatus.MET),
                        org.assertj.core.groups.Tuple.tuple("tthc", 1, 1, 1, RowStatus.MET),
                        org.assertj.core.groups.Tuple.tuple("facebook", null, 1, 1, RowStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("hoi-nghi", 1, 1, 1, RowStatus.MET),
                        org.assertj.core.groups.Tuple.tuple("bao-cao", 0, 0, 0, RowStatus.NOT_DUE));
    }

    @Test
    void aVerifiedPostStaysVerifiedWhenALaterCheckWasInconclusive() {
        // the weekly re-check could not reach the site: it records a failed check but flags nothing, so the
        // publication is still verified and the report must not take the evidence away
        ReportFixtures.verification(jdbc, 1, false, "2026-04-04T19:00:00Z", "9".repeat(64));
        // a post whose only check failed and that is not verified stays unverified
        ReportFixtures.verification(jdbc, 3, false, "2026-04-04T19:00:00Z", "8".repeat(64));

        ReportRow web = mau().rows().get(0);
        assertThat(web.target()).isEqualTo("web-monthly");
        assertThat(web.published()).isEqualTo(3);
        assertThat(web.verified()).isEqualTo(1);
    }

    @Test
    void csvCellsThatASpreadsheetWouldTakeForFormulasAreWrittenAsText() {
        explanations.explain(Q1, "ttyt-mau", "web-monthly", "=HYPERLINK(\"http://x.test/\",\"xem\")", "can.bo");

        String csv = new String(reports.export(Q1, "ttyt-mau", ReportFormat.CSV), StandardCharsets.UTF_8);

        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain("\"=HYPERLINK(");
    }

    @Test
    void showsTheEvidenceOfEachPublicationAndActivity() {
        UnitReport unit = mau();

        ReportRow web = unit.rows().get(0);
        assertThat(web.evidence())
                .extracting(ReportEvidence::link, ReportEvidence::verified, ReportEvidence::needsAttention)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SITE + "jan/", true, false),
                        org.assertj.core.groups.Tuple.tuple(SITE + "feb/", false, false),
                        org.assertj.core.groups.Tuple.tuple(SITE + "mar/", false, true));
        assertThat(web.evidence().get(0).sha256()).isEqualTo(SHA_JAN);
        assertThat(web.explanation()).isNotNull();
        assertThat(web.explanation().text()).isEqualTo(EXPLANATION);
        ReportEvidence meeting = unit.rows().get(4).evidence().get(0);
        assertThat(meeting.date()).hasToString("2026-03-15");
        assertThat(meeting.channel()).isEqualTo("Hội nghị, tọa đàm");
        assertThat(meeting.attachment()).isEqualTo(PHOTO);
        assertThat(unit.rows().get(4).activities()).isEqualTo(1);
    }

    @Test
    void summarisesTheQuarterInVietnamese() {
        UnitReport unit = mau();

        assertThat(unit.summary()).isEqualTo(SUMMARY);
        assertThat(unit.totals().channels())
                .extracting(ReportTotals.ChannelTotal::channel, ReportTotals.ChannelTotal::published)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("website", 6),
                        org.assertj.core.groups.Tuple.tuple("facebook", 2));
    }

    @Test
    void aTargetIsMetOnlyWhenTheQuarterIsOverOrTheCountIsReached() {
        clock.set("2026-03-20T03:00:00Z");

        UnitReport unit = mau();

        assertThat(unit.rows().get(0).status()).isEqualTo(RowStatus.IN_PROGRESS);
        assertThat(unit.summary()).contains("1 chỉ tiêu đang thực hiện").doesNotContain("chỉ tiêu chưa đạt");
    }

    @Test
    void theLatestExplanationWinsAndEveryChangeIsInTheLedger() {
        explanations.explain(Q1, "ttyt-mau", "web-monthly", "", "truong.phong");

        assertThat(mau().rows().get(0).explanation()).isNull();
        List<AuditEntry> rows = ledger.read(0, 10_000).stream()
                .filter(e -> e.type().equals("report-explanation"))
                .toList();
        assertThat(rows.subList(rows.size() - 3, rows.size()))
                .extracting(AuditEntry::actor, AuditEntry::subject)
                .containsOnly(
                        org.assertj.core.groups.Tuple.tuple("can.bo", "report:2026-Q1/ttyt-mau/web-monthly"),
                        org.assertj.core.groups.Tuple.tuple("truong.phong", "report:2026-Q1/ttyt-mau/web-monthly"));
        assertThat(rows.get(rows.size() - 2).details()).contains(EXPLANATION);
    }

    @Test
    void refusesExplanationsOfUnknownTargetsOrTooLong() {
        assertThatThrownBy(() -> explanations.explain(Q1, "ttyt-mau", "khong-co", "x", "can.bo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("target: ");
        assertThatThrownBy(() -> explanations.explain(Q1, "ttyt-mau", "web-monthly", "x".repeat(2001), "can.bo"))
                .hasMessage("text: giải trình dài 2001 ký tự, tối đa 2000 ký tự");
        assertThatThrownBy(() -> explanations.explain(Q1, "ttyt-xyz", "web-monthly", "x", "can.bo"))
                .isInstanceOf(UnknownUnitException.class);
        assertThatThrownBy(() -> builder.build(Q1, "ttyt-xyz", ReportProgress.NONE))
                .isInstanceOf(UnknownUnitException.class)
                .hasMessage("không có kế hoạch hợp lệ của đơn vị 'ttyt-xyz' cho năm 2026");
    }

    @Test
    void aDepartmentSeesEveryUnitAndTheirTotal() {
        List<String> told = new ArrayList<>();
        Report report = builder.build(Q1, null, new ReportProgress() {
            @Override
            public void units(int total) {
                told.add("units " + total);
            }

            @Override
            public void unitDone(String unit) {
                told.add(unit);
            }
        });

        assertThat(told).containsExactly("units 2", "ttyt-khac", "ttyt-mau");
        assertThat(report.units()).extracting(UnitReport::unit).containsExactly("ttyt-khac", "ttyt-mau");
        assertThat(report.units().get(0).rows())
                .singleElement()
                .extracting(ReportRow::required, ReportRow::published, ReportRow::status)
                .containsExactly(3, 0, RowStatus.NOT_MET);
        assertThat(report.units().get(1).summary()).isEqualTo(SUMMARY);
        assertThat(report.total()).isNotNull();
        assertThat(report.total().summary())
                .isEqualTo("Quý I/2026, 2 đơn vị đã đăng 6 tin, bài về cải cách hành chính trên Trang thông tin"
                        + " điện tử (chỉ tiêu: 9), trong đó theo lĩnh vực: Cải cách thể chế: 2, Cải cách thủ tục hành"
                        + " chính: 2, Chưa ghi lĩnh vực: 2; 2 tin, bài trên Trang Facebook; thực hiện 1 hoạt động"
                        + " trực tiếp (Hội nghị, tọa đàm: 1); đạt 3/5 chỉ tiêu có số lượng trong kỳ; chỉ tiêu chưa"
                        + " đạt: Trung tâm Y tế huyện Khác – Tin, bài CCHC hằng tháng (0/3; lý do: chưa có giải"
                        + " trình); Trung tâm Y tế huyện Mẫu – " + WEB_TASK + " (1/3; lý do: " + EXPLANATION + ").");
    }

    @Test
    void csvHasABomAHeaderAndEveryCell() throws IOException {
        byte[] csv = reports.export(Q1, null, ReportFormat.CSV);

        assertThat(new String(csv, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(
                        new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(withUnit(HEADERS));
            records = parser.getRecords();
        }
        assertThat(records).hasSize(7);
        assertThat(records.get(0).toList())
                .containsExactly(
                        "Trung tâm Y tế huyện Khác",
                        "1",
                        "Tin, bài CCHC hằng tháng",
                        "Phòng Tổ chức - Hành chính",
                        "3",
                        "0",
                        "0",
                        "Chưa đạt",
                        "",
                        "");
        for (int i = 0; i < MAU_ROWS.size(); i++) {
            assertThat(records.get(i + 1).toList()).containsExactlyElementsOf(withMau(MAU_ROWS.get(i)));
        }
    }

    @Test
    void xlsxReadsBackCellByCell() throws IOException {
        byte[] xlsx = reports.export(Q1, "ttyt-mau", ReportFormat.XLSX);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Báo cáo");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BÁO CÁO KẾT QUẢ TRUYỀN THÔNG CẢI CÁCH HÀNH CHÍNH – Quý I/2026");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Trung tâm Y tế huyện Mẫu – Kế hoạch số 01/KH-TTYT");
            Row header = sheet.getRow(3);
            assertThat(cells(header)).containsExactlyElementsOf(withUnit(HEADERS));
            assertThat(book.getFontAt(header.getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            for (int i = 0; i < MAU_ROWS.size(); i++) {
                assertThat(cells(sheet.getRow(4 + i))).containsExactlyElementsOf(withMau(MAU_ROWS.get(i)));
            }
            assertThat(sheet.getRow(10)).isNull();
            Cell evidence = sheet.getRow(4).getCell(8);
            assertThat(evidence.getCellStyle().getWrapText()).isTrue();
            assertThat(evidence.getHyperlink().getAddress()).isEqualTo(SITE + "jan/");
            assertThat(sheet.getRow(4).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            Sheet summary = book.getSheet("Tóm tắt");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Trung tâm Y tế huyện Mẫu");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo(SUMMARY);
        }
    }

    @Test
    void docxReadsBackWithTheTitleSummaryAndTable() throws IOException {
        byte[] docx = reports.export(Q1, "ttyt-mau", ReportFormat.DOCX);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("BÁO CÁO KẾT QUẢ TRUYỀN THÔNG CẢI CÁCH HÀNH CHÍNH – Quý I/2026");
            assertThat(paragraphs).contains("Trung tâm Y tế huyện Mẫu – Kế hoạch số 01/KH-TTYT", SUMMARY);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(7);
            assertThat(docxCells(table.getRow(0))).containsExactlyElementsOf(HEADERS);
            for (int i = 0; i < MAU_ROWS.size(); i++) {
                assertThat(docxCells(table.getRow(i + 1))).containsExactlyElementsOf(MAU_ROWS.get(i));
            }
        }
    }

    @Test
    void markdownHasTheSummaryAndEveryRow() {
        String md = new String(reports.export(Q1, "ttyt-mau", ReportFormat.MD), StandardCharsets.UTF_8);

        assertThat(md)
                .startsWith("# BÁO CÁO KẾT QUẢ TRUYỀN THÔNG CẢI CÁCH HÀNH CHÍNH – Quý I/2026\n\n"
                        + "## Trung tâm Y tế huyện Mẫu – Kế hoạch số 01/KH-TTYT\n\n" + SUMMARY + "\n\n"
                        + "| STT | Nhiệm vụ | Đơn vị thực hiện | Chỉ tiêu trong kỳ | Đã đăng | Đã kiểm tra | Kết quả |"
                        + " Minh chứng | Giải trình |\n");
        for (List<String> row : MAU_ROWS) {
            assertThat(md).contains("| " + String.join(" | ", row).replace("\n", "<br>") + " |\n");
        }
    }

    @Test
    void htmlIsAPrintablePageWithEveryRow() {
        String html = new String(reports.export(Q1, null, ReportFormat.HTML), StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select("style").html()).contains("@page").contains("size: A4");
        assertThat(page.selectFirst("h1").text())
                .isEqualTo("BÁO CÁO KẾT QUẢ TRUYỀN THÔNG CẢI CÁCH HÀNH CHÍNH – Quý I/2026");
        Element mau = page.selectFirst("section[data-unit=ttyt-mau]");
        assertThat(mau.selectFirst("p.summary").text()).isEqualTo(SUMMARY);
        assertThat(mau.select("thead th").eachText()).containsExactlyElementsOf(HEADERS);
        List<Element> rows = mau.select("tbody tr");
        assertThat(rows).hasSize(6);
        for (int i = 0; i < MAU_ROWS.size(); i++) {
            List<String> expected = new ArrayList<>(MAU_ROWS.get(i));
            List<String> actual = new ArrayList<>(
                    rows.get(i).select("> td").stream().map(Element::text).toList());
            List<String> lines = rows.get(i).select("li").eachText();
            actual.set(7, String.join("\n", lines));
            assertThat(actual).containsExactlyElementsOf(expected);
        }
        assertThat(rows.get(0).select("a").eachAttr("href"))
                .containsExactly(SITE + "jan/", SITE + "feb/", SITE + "mar/");
        assertThat(page.selectFirst("section.total p.summary").text()).startsWith("Quý I/2026, 2 đơn vị đã đăng");
    }

    @Test
    void valuesAreEscapedInHtml() {
        explanations.explain(Q1, "ttyt-mau", "web-monthly", "<script>alert(1)</script>", "can.bo");

        String html = new String(reports.export(Q1, "ttyt-mau", ReportFormat.HTML), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    private static List<String> withUnit(List<String> headers) {
        List<String> all = new ArrayList<>();
        all.add("Đơn vị");
        all.addAll(headers);
        return all;
    }

    private static List<String> withMau(List<String> row) {
        List<String> all = new ArrayList<>();
        all.add("Trung tâm Y tế huyện Mẫu");
        all.addAll(row);
        return all;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            cells.add(
                    cell.getCellType() == CellType.NUMERIC
                            ? Integer.toString((int) cell.getNumericCellValue())
                            : cell.getStringCellValue());
        }
        return cells;
    }

    private static List<String> docxCells(XWPFTableRow row) {
        return row.getTableCells().stream()
                .map(cell -> String.join(
                        "\n",
                        cell.getParagraphs().stream()
                                .map(XWPFParagraph::getText)
                                .toList()))
                .toList();
    }
}
