package vn.cchc.publisher.audit.report.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportEvidence;
import vn.cchc.publisher.audit.report.ReportRow;

/**
 * A standalone page printable on A4 (landscape, its styles embedded: it is downloaded, not served under the
 * application's CSP), from the template {@code templates/report/report.html}; Thymeleaf escapes every value.
 */
@Component
class HtmlReportWriter {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ITemplateEngine templates;

    HtmlReportWriter(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** One unit's part. */
    record UnitView(String key, String heading, String summary, List<RowView> rows) {}

    /** One row: its cells as text, its status id (a CSS class) and its evidence. */
    record RowView(String target, String status, List<String> cells, List<EvidenceView> evidence) {}

    /** One piece of evidence: the text before the link, the link, the text after it. */
    record EvidenceView(String before, @Nullable String link, String after) {}

    /** The total of a department. */
    record TotalView(String heading, String summary) {}

    String write(Report report) {
        Context context = new Context(VIETNAMESE);
        context.setVariable("title", report.title());
        context.setVariable("subtitle", XlsxReportWriter.subtitle(report));
        context.setVariable("headers", ReportTexts.HEADERS);
        context.setVariable(
                "units",
                report.units().stream()
                        .map(u -> new UnitView(
                                u.unit(),
                                ReportTexts.unitHeading(u),
                                u.summary(),
                                u.rows().stream().map(HtmlReportWriter::row).toList()))
                        .toList());
        Report.Totals total = report.total();
        context.setVariable(
                "total",
                total == null ? null : new TotalView("Tổng hợp " + total.units() + " đơn vị", total.summary()));
        context.setVariable("generated", ReportTexts.generated(report));
        return templates.process("report/report", context);
    }

    private static RowView row(ReportRow row) {
        return new RowView(
                row.target(),
                row.status().id(),
                ReportTexts.cells(row),
                row.evidence().stream().map(HtmlReportWriter::evidence).toList());
    }

    private static EvidenceView evidence(ReportEvidence item) {
        ReportTexts.LinkedLine line = ReportTexts.linked(item);
        return new EvidenceView(line.before(), line.link(), line.after());
    }
}
