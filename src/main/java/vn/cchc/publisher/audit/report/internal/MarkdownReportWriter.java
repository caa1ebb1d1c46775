package vn.cchc.publisher.audit.report.internal;

import java.util.List;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportRow;
import vn.cchc.publisher.audit.report.UnitReport;

/** Markdown: the title, then per unit its summary paragraph and a table; a department's total last. */
final class MarkdownReportWriter {

    private MarkdownReportWriter() {}

    static String write(Report report) {
        StringBuilder out = new StringBuilder("# ").append(report.title()).append("\n\n");
        for (UnitReport unit : report.units()) {
            out.append("## ").append(ReportTexts.unitHeading(unit)).append("\n\n");
            out.append(unit.summary()).append("\n\n");
            out.append(line(ReportTexts.HEADERS));
            out.append(line(ReportTexts.HEADERS.stream().map(h -> "---").toList()));
            for (ReportRow row : unit.rows()) {
                out.append(line(ReportTexts.cells(row)));
            }
            out.append('\n');
        }
        if (report.total() != null) {
            out.append("## Tổng hợp ").append(report.total().units()).append(" đơn vị\n\n");
            out.append(report.total().summary()).append("\n\n");
        }
        out.append('_').append(ReportTexts.generated(report)).append("_\n");
        return out.toString();
    }

    private static String line(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            out.append(' ').append(cell(cell)).append(" |");
        }
        return out.append('\n').toString();
    }

    /** A cell on one line: pipes escaped, line breaks as {@code <br>}. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replaceAll("\\R", "<br>");
    }
}
