package vn.cchc.publisher.calendar.internal;

import vn.cchc.publisher.plan.Plan;

/** The key of a plan's unit: {@link Plan#key()} without its year. */
final class UnitKeys {

    private UnitKeys() {}

    static String of(Plan plan) {
        String key = plan.key();
        String year = "-" + plan.year();
        return key.endsWith(year) ? key.substring(0, key.length() - year.length()) : key;
    }

    /** True when {@code unit} names the plan's unit or the plan itself. */
    static boolean matches(Plan plan, String unit) {
        return unit.equals(of(plan)) || unit.equals(plan.key());
    }
}
