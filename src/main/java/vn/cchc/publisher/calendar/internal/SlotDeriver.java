package vn.cchc.publisher.calendar.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.shared.Area;

/**
 * The slots a plan's targets ask for.
 *
 * <ul>
 *   <li>{@code count} per period: {@code count} slots in every period of the target's active window, the
 *       period split evenly (by whole months when the count divides them, else by days), each window
 *       clipped to the active window;
 *   <li>several per-period rules: the union;
 *   <li>a one-off window: one slot over it; a deadline: one slot from the start of the active window (the
 *       plan year) to the date;
 *   <li>ongoing: one entry over the active window; on demand: none.
 * </ul>
 *
 * A per-area target has each of these once per area.
 */
final class SlotDeriver {

    private SlotDeriver() {}

    /** A window of a target with its id part and its Vietnamese name. */
    private record Timed(String key, String name, DateWindow window) {}

    /** The slots of {@code plan}, ordered by {@link SlotSpec#ORDER}. */
    static List<SlotSpec> derive(Plan plan) {
        List<SlotSpec> slots = new ArrayList<>();
        List<Target> targets = plan.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String prefix = plan.key() + "/" + target.id() + "/";
            if (target.rule() instanceof Ongoing) {
                slots.add(new SlotSpec(
                        prefix + "ongoing", target, i, null, ongoingName(target, plan.year()), target.active(), true));
                continue;
            }
            List<@Nullable Area> areas = target.perArea() && !target.areas().isEmpty()
                    ? List.copyOf(target.areas())
                    : Collections.singletonList(null);
            for (Timed timed : windows(target.rule(), target.active())) {
                for (Area area : areas) {
                    String id = prefix + timed.key() + (area == null ? "" : "/" + area.id());
                    slots.add(new SlotSpec(id, target, i, area, timed.name(), timed.window(), false));
                }
            }
        }
        slots.sort(SlotSpec.ORDER);
        return slots;
    }

    private static List<Timed> windows(FrequencyRule rule, DateWindow active) {
        if (rule instanceof PerPeriod perPeriod) {
            return perPeriod(perPeriod, active);
        }
        if (rule instanceof Multiple multiple) {
            return multiple.parts().stream()
                    .flatMap(part -> perPeriod(part, active).stream())
                    .toList();
        }
        if (rule instanceof OneOff oneOff) {
            DateWindow window = oneOff.window();
            return List.of(new Timed(PeriodNames.key(window), PeriodNames.name(window), window));
        }
        if (rule instanceof Deadline deadline) {
            return List.of(deadline(deadline.date(), active));
        }
        return List.of(); // on demand: no slots; ongoing targets are handled by the caller
    }

    private static List<Timed> perPeriod(PerPeriod rule, DateWindow active) {
        List<Timed> timed = new ArrayList<>();
        for (int year = active.from().getYear(); year <= active.to().getYear(); year++) {
            for (DateWindow period : rule.period().windows(year)) {
                if (!period.overlaps(active)) {
                    continue;
                }
                String key = PeriodNames.key(rule.period(), period.from());
                String name = PeriodNames.name(rule.period(), period.from());
                List<DateWindow> parts =
                        split(period, rule.count(), rule.period().months());
                for (int i = 0; i < parts.size(); i++) {
                    DateWindow part = parts.get(i);
                    if (!part.overlaps(active)) {
                        continue;
                    }
                    if (parts.size() == 1) {
                        timed.add(new Timed(key, name, clip(part, active)));
                    } else {
                        String partName = PeriodNames.periodOf(part)
                                .map(p -> PeriodNames.name(p, part.from()))
                                .orElse(name + " (lần " + (i + 1) + "/" + parts.size() + ")");
                        timed.add(new Timed(key + "-" + (i + 1) + "of" + parts.size(), partName, clip(part, active)));
                    }
                }
            }
        }
        return timed;
    }

    /** {@code count} consecutive windows covering {@code period}: by whole months if they divide evenly. */
    static List<DateWindow> split(DateWindow period, int count, int months) {
        List<DateWindow> parts = new ArrayList<>(count);
        if (count == 1) {
            parts.add(period);
        } else if (months % count == 0) {
            int step = months / count;
            for (int i = 0; i < count; i++) {
                LocalDate from = period.from().plusMonths((long) i * step);
                parts.add(new DateWindow(from, from.plusMonths(step).minusDays(1)));
            }
        } else {
            long days = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
            for (int i = 0; i < count; i++) {
                long start = i * days / count;
                long end = Math.max(start, (i + 1) * days / count - 1);
                parts.add(new DateWindow(
                        period.from().plusDays(start), period.from().plusDays(end)));
            }
        }
        return parts;
    }

    private static Timed deadline(LocalDate date, DateWindow active) {
        LocalDate from = active.from().isAfter(date) ? date : active.from();
        return new Timed("due-" + date, "trước ngày " + PeriodNames.date(date), new DateWindow(from, date));
    }

    private static DateWindow clip(DateWindow window, DateWindow active) {
        LocalDate from = window.from().isBefore(active.from()) ? active.from() : window.from();
        LocalDate to = window.to().isAfter(active.to()) ? active.to() : window.to();
        return new DateWindow(from, to);
    }

    private static String ongoingName(Target target, int year) {
        return target.active().isYear(year)
                ? "thường xuyên năm " + year
                : "thường xuyên, " + target.active().toVietnamese();
    }
}
