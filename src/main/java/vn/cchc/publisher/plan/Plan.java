package vn.cchc.publisher.plan;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.cchc.publisher.shared.Slugs;

/**
 * A unit's CCHC communications plan for one year, as read from a plan file. Only valid targets are in it;
 * the invalid ones are reported as {@link PlanProblem}s.
 *
 * @param file the file it was read from, as given to the reader
 * @param unit the issuing unit
 * @param planNumber the plan's number, e.g. "490/KH-TTYT"
 * @param year the plan year
 * @param timezone the unit's time zone (Asia/Ho_Chi_Minh unless the file says otherwise)
 * @param targets the valid targets, in file order
 */
public record Plan(String file, PlanUnit unit, String planNumber, int year, ZoneId timezone, List<Target> targets) {

    public Plan {
        targets = List.copyOf(targets);
    }

    /** The target with this id, if the plan has it. */
    public Optional<Target> target(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The plan year as a window. */
    public DateWindow yearWindow() {
        return DateWindow.year(year);
    }

    /**
     * A key naming this plan among all plans: the unit's id (else its name as a slug) and the year, e.g.
     * {@code ttyt-mau-2026}.
     */
    public String key() {
        return unitKey() + "-" + year;
    }

    /**
     * The key naming this plan's unit wherever a unit is meant (the calendar, publications, the ledger, offline
     * activities, reports): the unit's id, else its name as a slug, e.g. {@code ttyt-mau}.
     */
    public String unitKey() {
        return unit.id() != null ? unit.id() : Slugs.of(unit.name());
    }
}
