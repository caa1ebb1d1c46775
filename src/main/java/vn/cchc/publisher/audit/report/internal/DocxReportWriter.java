package vn.cchc.publisher.audit.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportEvidence;
import vn.cchc.publisher.audit.report.ReportRow;
import vn.cchc.publisher.audit.report.UnitReport;

/**
 * A Word document on landscape A4, the form units paste into their CCHC report: the title, then per unit its
 * heading, summary paragraph and a table of the nine columns (the evidence one paragraph per item, links
 * clickable); a department's total last.
 */
final class DocxReportWriter {

    private static final String[] WIDTHS = {"4%", "20%", "11%", "7%", "6%", "7%", "8%", "23%", "14%"};
    private static final String FONT = "Times New Roman";

    private DocxReportWriter() {}

    static byte[] write(Report report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscapeA4(doc);
            paragraph(doc, report.title(), true, 14, ParagraphAlignment.CENTER);
            paragraph(doc, XlsxReportWriter.subtitle(report), false, 12, ParagraphAlignment.CENTER);
            for (UnitReport unit : report.units()) {
                paragraph(doc, ReportTexts.unitHeading(unit), true, 12, ParagraphAlignment.LEFT);
                paragraph(doc, unit.summary(), false, 12, ParagraphAlignment.BOTH);
                table(doc, unit.rows());
            }
            if (report.total() != null) {
                paragraph(doc, "Tổng hợp " + report.total().units() + " đơn vị", true, 12, ParagraphAlignment.LEFT);
                paragraph(doc, report.total().summary(), false, 12, ParagraphAlignment.BOTH);
            }
            paragraph(doc, ReportTexts.generated(report), false, 10, ParagraphAlignment.RIGHT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void landscapeA4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(850); // 15 mm
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(align);
        run(paragraph.createRun(), text, bold, size);
    }

    private static void run(XWPFRun run, String text, boolean bold, int size) {
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
    }

    private static void table(XWPFDocument doc, List<ReportRow> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, ReportTexts.HEADERS.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < ReportTexts.HEADERS.size(); i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setWidth(WIDTHS[i]);
            run(cell.getParagraphs().get(0).createRun(), ReportTexts.HEADERS.get(i), true, 10);
        }
        for (int r = 0; r < rows.size(); r++) {
            ReportRow row = rows.get(r);
            List<String> cells = ReportTexts.cells(row);
            XWPFTableRow line = table.getRow(r + 1);
            for (int i = 0; i < cells.size(); i++) {
                XWPFTableCell cell = line.getCell(i);
                cell.setWidth(WIDTHS[i]);
                if (i == 7) {
                    evidence(cell, row.evidence());
                } else {
                    run(cell.getParagraphs().get(0).createRun(), cells.get(i), false, 10);
                }
            }
        }
        doc.createParagraph();
    }

    /** One paragraph per item; the link is a hyperlink run. */
    private static void evidence(XWPFTableCell cell, List<ReportEvidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            ReportTexts.LinkedLine line = ReportTexts.linked(evidence.get(i));
            String link = line.link();
            if (link == null) {
                run(paragraph.createRun(), line.before(), false, 10);
                continue;
            }
            run(paragraph.createRun(), line.before(), false, 10);
            XWPFRun hyperlink = paragraph.createHyperlinkRun(link);
            run(hyperlink, link, false, 10);
            hyperlink.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            hyperlink.setColor("0563C1");
            run(paragraph.createRun(), line.after(), false, 10);
        }
    }
}
