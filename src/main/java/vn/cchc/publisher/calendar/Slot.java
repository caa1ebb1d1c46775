package vn.cchc.publisher.calendar;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.shared.Area;

/**
 * One item a plan's target asks for: a target in a window (and an area, for per-area targets).
 *
 * @param id stable identifier {@code <plan-key>/<target-id>/<period>[/<area>]}, where period is
 *     {@code 2026-03}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026}, {@code 2026-03-1of2} for the first
 *     of two a month, {@code 2026-03-01..2026-06-15} for a one-off window that is no calendar period,
 *     {@code due-2026-09-15} for a deadline, or {@code ongoing}
 * @param target the target
 * @param area the area, for a per-area target; null otherwise
 * @param period the time the slot stands for, as users read it: "tháng 3/2026", "quý I/2026", "6 tháng
 *     đầu năm 2026", "năm 2026", "trước ngày 15/09/2026", "thường xuyên năm 2026", …
 * @param window the days the item may be published or done on, in the plan's time zone
 * @param due the last day of the window
 * @param state where the slot stands today
 * @param content the content assigned: at most one item, any number for an ongoing slot
 */
public record Slot(
        String id,
        Target target,
        @Nullable Area area,
        String period,
        DateWindow window,
        LocalDate due,
        SlotState state,
        List<AssignedContent> content) {

    public Slot {
        content = List.copyOf(content);
    }
}
