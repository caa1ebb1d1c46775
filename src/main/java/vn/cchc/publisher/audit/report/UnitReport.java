package vn.cchc.publisher.audit.report;

import java.util.List;

/**
 * One unit's part of a report.
 *
 * @param unit the unit key ({@code ttyt-mau})
 * @param unitName the unit's name
 * @param planNumber the plan's number
 * @param rows one row per target of the plan, in plan order
 * @param totals the counts the summary is made from
 * @param summary the summary paragraph, in Vietnamese, to paste into the CCHC report
 */
public record UnitReport(
        String unit, String unitName, String planNumber, List<ReportRow> rows, ReportTotals totals, String summary) {

    public UnitReport {
        rows = List.copyOf(rows);
    }
}
