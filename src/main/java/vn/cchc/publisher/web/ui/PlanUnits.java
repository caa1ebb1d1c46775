package vn.cchc.publisher.web.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanSnapshot;

/** The units the plans name, for the pages' unit choices. */
@NullMarked
final class PlanUnits {

    private PlanUnits() {}

    /**
     * A unit to choose.
     *
     * @param key the unit key the ledger and the activities use: the plan's unit id, else its name as a slug
     * @param name the unit's name
     */
    record UnitOption(String key, String name) {}

    /** Every unit of the plans, once, in the order of the plan files. */
    static List<UnitOption> of(PlanSnapshot snapshot) {
        Map<String, UnitOption> units = new LinkedHashMap<>();
        for (Plan plan : snapshot.plans()) {
            units.putIfAbsent(
                    plan.unitKey(), new UnitOption(plan.unitKey(), plan.unit().name()));
        }
        return List.copyOf(units.values());
    }
}
