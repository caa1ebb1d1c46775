package vn.cchc.publisher.calendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.cchc.publisher.plan.Plan;

/**
 * The editorial calendar of one plan on one day.
 *
 * @param plan the plan
 * @param unitKey the key that names the plan's unit ({@code --unit}, {@code ?unit=}): its id, else its name
 *     as a slug
 * @param today the day the states are for, in the plan's time zone
 * @param slots the slots, ordered by due date, then the target's order in the plan, then area
 * @param unassigned the content items that fit no slot, in assignment order
 */
public record Calendar(
        Plan plan, String unitKey, LocalDate today, List<Slot> slots, List<UnassignedContent> unassigned) {

    public Calendar {
        slots = List.copyOf(slots);
        unassigned = List.copyOf(unassigned);
    }

    /** How many slots are in each state; states without slots are left out. */
    public Map<SlotState, Integer> counts() {
        Map<SlotState, Integer> counts = new EnumMap<>(SlotState.class);
        slots.forEach(slot -> counts.merge(slot.state(), 1, Integer::sum));
        return counts;
    }
}
