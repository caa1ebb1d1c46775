package vn.cchc.publisher.audit.report;

import org.jspecify.annotations.Nullable;

/**
 * Builds the report of a period and writes it in a format. With no unit, a provincial department's report
 * covers every unit of every plan.
 */
public interface Reports {

    /**
     * The report of {@code period} as a file in {@code format}.
     *
     * @param unit the unit's key, or {@code null} for every unit
     * @throws IllegalArgumentException if the unit is unknown
     */
    default byte[] export(ReportPeriod period, @Nullable String unit, ReportFormat format) {
        return export(period, unit, format, ReportProgress.NONE);
    }

    /** As {@link #export(ReportPeriod, String, ReportFormat)}, telling {@code progress} unit by unit. */
    byte[] export(ReportPeriod period, @Nullable String unit, ReportFormat format, ReportProgress progress);

    /** The file name for the download, e.g. {@code bao-cao-cchc-2026-Q1.xlsx}. */
    default String fileName(ReportPeriod period, @Nullable String unit, ReportFormat format) {
        return "bao-cao-cchc-" + period.code() + (unit == null ? "" : "-" + unit) + "." + format.extension();
    }
}
