package vn.cchc.publisher.audit.report.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportRow;
import vn.cchc.publisher.audit.report.UnitReport;

/**
 * CSV (RFC 4180, CRLF) in UTF-8 with a byte-order mark, so that Excel reads the diacritics: a header, then
 * one record per target per unit, the unit's name first; the evidence lines in one cell.
 */
final class CsvReportWriter {

    private CsvReportWriter() {}

    static byte[] write(Report report) {
        List<String> header = new ArrayList<>();
        header.add(ReportTexts.UNIT_HEADER);
        header.addAll(ReportTexts.HEADERS);
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            for (UnitReport unit : report.units()) {
                for (ReportRow row : unit.rows()) {
                    List<String> record = new ArrayList<>();
                    record.add(unit.unitName());
                    record.addAll(ReportTexts.cells(row));
                    csv.printRecord(record.stream().map(CsvReportWriter::inert).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A cell as a spreadsheet shows it as text: one starting with {@code = + - @}, a tab or a carriage return
     * would be read as a formula by Excel (an explanation such as {@code =HYPERLINK(…)}), so it gets a leading
     * apostrophe, as OWASP advises for CSV files.
     */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
