package vn.cchc.publisher.calendar.internal;

import vn.cchc.publisher.plan.Plan;

/** The key of a plan's unit ({@link Plan#unitKey()}), and whether a requested unit names a plan. */
final class UnitKeys {

    private UnitKeys() {}

    static String of(Plan plan) {
        return plan.unitKey();
    }

    /** True when {@code unit} names the plan's unit or the plan itself. */
    static boolean matches(Plan plan, String unit) {
        return unit.equals(of(plan)) || unit.equals(plan.key());
    }
}
