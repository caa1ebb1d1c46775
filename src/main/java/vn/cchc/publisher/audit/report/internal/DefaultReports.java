package vn.cchc.publisher.audit.report.internal;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportBuilder;
import vn.cchc.publisher.audit.report.ReportFormat;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.ReportProgress;
import vn.cchc.publisher.audit.report.Reports;

/** Builds the report's model and hands it to the writer of the format. */
@Component
class DefaultReports implements Reports {

    private final ReportBuilder builder;
    private final HtmlReportWriter html;

    DefaultReports(ReportBuilder builder, HtmlReportWriter html) {
        this.builder = builder;
        this.html = html;
    }

    @Override
    public byte[] export(ReportPeriod period, @Nullable String unit, ReportFormat format, ReportProgress progress) {
        return write(builder.build(period, unit, progress), format);
    }

    /** Writes a report already built. */
    byte[] write(Report report, ReportFormat format) {
        return switch (format) {
            case MD -> MarkdownReportWriter.write(report).getBytes(StandardCharsets.UTF_8);
            case CSV -> CsvReportWriter.write(report);
            case XLSX -> XlsxReportWriter.write(report);
            case DOCX -> DocxReportWriter.write(report);
            case HTML -> html.write(report).getBytes(StandardCharsets.UTF_8);
        };
    }
}
