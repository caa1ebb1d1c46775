package vn.cchc.publisher.audit.report;

import org.jspecify.annotations.Nullable;

/** Builds the model of a report, which {@link Reports} writes in a format and the API returns as JSON. */
public interface ReportBuilder {

    /**
     * The report of {@code period}.
     *
     * @param unit the unit's key, or {@code null} for every unit
     * @throws UnknownUnitException if no plan of the period's year matches
     */
    Report build(ReportPeriod period, @Nullable String unit, ReportProgress progress);
}
