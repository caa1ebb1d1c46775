package vn.cchc.publisher.calendar.internal;

import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.shared.Area;

/**
 * A slot as the plan defines it, before content and states.
 *
 * @param id the stable slot id
 * @param target the target
 * @param targetIndex the target's position in the plan, for ordering
 * @param area the area of a per-area slot, or null
 * @param period the Vietnamese name of the slot's time
 * @param window the window
 * @param ongoing true for the single entry of an ongoing target
 */
record SlotSpec(
        String id,
        Target target,
        int targetIndex,
        @Nullable Area area,
        String period,
        DateWindow window,
        boolean ongoing) {

    /** By due date, then the target's order in the plan, then area, then the window's start. */
    static final Comparator<SlotSpec> ORDER = Comparator.comparing(SlotSpec::due)
            .thenComparingInt(SlotSpec::targetIndex)
            .thenComparingInt(SlotSpec::areaIndex)
            .thenComparing(s -> s.window().from());

    /** The last day of the window. */
    LocalDate due() {
        return window.to();
    }

    private int areaIndex() {
        return area == null ? -1 : target.areas().indexOf(area);
    }
}
