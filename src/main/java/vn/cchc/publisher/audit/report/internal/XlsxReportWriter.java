package vn.cchc.publisher.audit.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportEvidence;
import vn.cchc.publisher.audit.report.ReportRow;
import vn.cchc.publisher.audit.report.UnitReport;

/**
 * An Excel workbook: sheet "Báo cáo" with the title rows, then a bold header (frozen) and one row per target
 * per unit, the unit first, text wrapped; sheet "Tóm tắt" with each unit's summary paragraph and a
 * department's total. A cell of evidence links to the first post it names.
 */
final class XlsxReportWriter {

    static final String REPORT_SHEET = "Báo cáo";
    static final String SUMMARY_SHEET = "Tóm tắt";
    /** The row of the column headers (0-based); the rows above it are the title. */
    static final int HEADER_ROW = 3;

    private static final int[] WIDTHS = {28, 6, 45, 26, 12, 10, 12, 16, 80, 45};

    private XlsxReportWriter() {}

    static byte[] write(Report report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            reportSheet(workbook.createSheet(REPORT_SHEET), report, styles);
            summarySheet(workbook.createSheet(SUMMARY_SHEET), report, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reportSheet(Sheet sheet, Report report, Styles styles) {
        text(sheet.createRow(0), 0, report.title(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, WIDTHS.length - 1));
        text(sheet.createRow(1), 0, subtitle(report), styles.plain);
        text(sheet.createRow(2), 0, ReportTexts.generated(report), styles.plain);
        Row header = sheet.createRow(HEADER_ROW);
        text(header, 0, ReportTexts.UNIT_HEADER, styles.header);
        for (int i = 0; i < ReportTexts.HEADERS.size(); i++) {
            text(header, i + 1, ReportTexts.HEADERS.get(i), styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int next = HEADER_ROW + 1;
        for (UnitReport unit : report.units()) {
            for (ReportRow row : unit.rows()) {
                Row line = sheet.createRow(next++);
                List<String> cells = ReportTexts.cells(row);
                text(line, 0, unit.unitName(), styles.wrapped);
                number(line, 1, row.number(), styles.wrapped);
                for (int i = 1; i < cells.size(); i++) {
                    text(line, i + 1, cells.get(i), styles.wrapped);
                }
                if (row.required() != null) {
                    number(line, 4, row.required(), styles.wrapped);
                }
                number(line, 5, row.published(), styles.wrapped);
                number(line, 6, row.verified(), styles.wrapped);
                row.evidence().stream()
                        .map(ReportEvidence::link)
                        .filter(link -> link != null && link.matches("(?i)https?://\\S+"))
                        .findFirst()
                        .ifPresent(link -> {
                            Hyperlink hyperlink =
                                    sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
                            hyperlink.setAddress(link);
                            Cell cell = line.getCell(8);
                            cell.setHyperlink(hyperlink);
                            cell.setCellStyle(styles.link);
                        });
            }
        }
    }

    private static void summarySheet(Sheet sheet, Report report, Styles styles) {
        text(sheet.createRow(0), 0, report.title(), styles.title);
        Row header = sheet.createRow(1);
        text(header, 0, ReportTexts.UNIT_HEADER, styles.header);
        text(header, 1, "Tóm tắt", styles.header);
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 140 * 256);
        int next = 2;
        for (UnitReport unit : report.units()) {
            Row line = sheet.createRow(next++);
            text(line, 0, unit.unitName(), styles.wrapped);
            text(line, 1, unit.summary(), styles.wrapped);
        }
        if (report.total() != null) {
            Row line = sheet.createRow(next);
            text(line, 0, "Tổng hợp " + report.total().units() + " đơn vị", styles.header);
            text(line, 1, report.total().summary(), styles.wrapped);
        }
    }

    static String subtitle(Report report) {
        if (report.units().size() == 1 && report.total() == null) {
            return ReportTexts.unitHeading(report.units().get(0));
        }
        return "Tổng hợp " + report.units().size() + " đơn vị";
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle wrapped;
        final CellStyle link;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font blue = workbook.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            title = workbook.createCellStyle();
            title.setFont(big);
            plain = workbook.createCellStyle();
            header = bordered(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrapped = bordered(workbook);
            link = bordered(workbook);
            link.setFont(blue);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
