package vn.cchc.publisher.audit.report.internal;

import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.shared.Slugs;

/** The key naming a plan's unit, as the calendar names it: the unit's id, else its name as a slug. */
final class UnitKeys {

    private UnitKeys() {}

    static String of(Plan plan) {
        String id = plan.unit().id();
        return id != null ? id : Slugs.of(plan.unit().name());
    }

    /** The reason a unit is unknown, in Vietnamese. */
    static String unknown(String unit, ReportPeriod period) {
        return "không có kế hoạch hợp lệ của đơn vị '" + unit + "' cho năm " + period.year();
    }
}
