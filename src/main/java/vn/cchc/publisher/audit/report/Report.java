package vn.cchc.publisher.audit.report;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The report of a period: one part per unit, and for a department's report (no unit asked for) the total of
 * its units.
 *
 * @param title the report's title, e.g. "BÁO CÁO KẾT QUẢ TRUYỀN THÔNG CẢI CÁCH HÀNH CHÍNH – Quý I/2026"
 * @param period the period
 * @param unit the unit asked for; null for every unit
 * @param generatedAt when it was made
 * @param units one part per unit, ordered by plan key
 * @param total the units' total and its summary; null for one unit's report
 */
public record Report(
        String title,
        ReportPeriod period,
        @Nullable String unit,
        Instant generatedAt,
        List<UnitReport> units,
        @Nullable Totals total) {

    public Report {
        units = List.copyOf(units);
    }

    /** The title of a period's report. */
    public static String title(ReportPeriod period) {
        return "BÁO CÁO KẾT QUẢ TRUYỀN THÔNG CẢI CÁCH HÀNH CHÍNH – " + period.label();
    }

    /**
     * A department's total.
     *
     * @param units how many units
     * @param totals the counts summed over the units
     * @param summary the summary paragraph, in Vietnamese
     */
    public record Totals(int units, ReportTotals totals, String summary) {}
}
