package vn.cchc.publisher.plan;

import java.util.List;
import java.util.Optional;

/**
 * The plans read at one moment and the problems found. A file whose header (unit, plan number, year) is
 * invalid gives no plan; an invalid target is left out of its plan; both are reported.
 *
 * @param plans the valid plans, ordered by file name
 * @param problems every problem found, ordered by file then line
 */
public record PlanSnapshot(List<Plan> plans, List<PlanProblem> problems) {

    public PlanSnapshot {
        plans = List.copyOf(plans);
        problems = List.copyOf(problems);
    }

    /** True when no file has a problem. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The plans for {@code year}, one per unit. */
    public List<Plan> plansFor(int year) {
        return plans.stream().filter(p -> p.year() == year).toList();
    }

    /** The plan with this {@link Plan#key() key}, if there is one. */
    public Optional<Plan> plan(String key) {
        return plans.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
