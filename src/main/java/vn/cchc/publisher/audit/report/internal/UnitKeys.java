package vn.cchc.publisher.audit.report.internal;

import vn.cchc.publisher.audit.report.ReportPeriod;

/** What the reports say of a unit no plan names. */
final class UnitKeys {

    private UnitKeys() {}

    /** The reason a unit is unknown, in Vietnamese. */
    static String unknown(String unit, ReportPeriod period) {
        return "không có kế hoạch hợp lệ của đơn vị '" + unit + "' cho năm " + period.year();
    }
}
