package vn.cchc.publisher.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How often, or when, a target is due: what a plan's "thời gian thực hiện" means. Produced by
 * {@link Frequency#parse} from the plan's words, or from a plan file's explicit {@code count} +
 * {@code period}, {@code window} or {@code due}.
 *
 * <ul>
 *   <li>{@link PerPeriod}: {@code count} items in every calendar period (month, quarter, half-year, year);
 *   <li>{@link Multiple}: several per-period rules at once, such as the half-yearly and yearly reports
 *       of "Định kỳ 6 tháng, năm";
 *   <li>{@link OneOff}: once, at any time inside a window (Quý I/2026, Tháng 9/2026, Năm 2025);
 *   <li>{@link Deadline}: once, by a date (trong ngày 15/9/2025);
 *   <li>{@link Ongoing}: continuous work with no count ("Thường xuyên"): shown, never a gap;
 *   <li>{@link OnDemand}: only when asked ("Khi có yêu cầu"): no slots.
 * </ul>
 */
public sealed interface FrequencyRule
        permits FrequencyRule.PerPeriod,
                FrequencyRule.Multiple,
                FrequencyRule.OneOff,
                FrequencyRule.Deadline,
                FrequencyRule.Ongoing,
                FrequencyRule.OnDemand {

    /** The rule in Vietnamese, for the calendar and reports, e.g. "1 lần/quý" or "trước ngày 15/09/2025". */
    String describe();

    /**
     * {@code count} items in every {@code period} of the plan year. A count per year above one is spread
     * evenly over the year (two a year: one per half-year) unless the target has dates of its own.
     *
     * @param count how many, at least 1
     * @param period the calendar period the count applies to
     */
    record PerPeriod(int count, Period period) implements FrequencyRule {

        public PerPeriod {
            if (count < 1) {
                throw new IllegalArgumentException("count must be at least 1, not " + count);
            }
        }

        @Override
        public String describe() {
            return count + " lần/" + period.vietnamese();
        }
    }

    /**
     * Several per-period rules that all apply, at most one per period, ordered from the shortest period
     * to the longest: "Định kỳ 6 tháng, năm" is one per half-year and one per year.
     *
     * @param parts at least two rules with different periods
     */
    record Multiple(List<PerPeriod> parts) implements FrequencyRule {

        public Multiple {
            if (parts.size() < 2) {
                throw new IllegalArgumentException("a multiple rule needs at least two parts");
            }
            if (parts.stream().map(PerPeriod::period).distinct().count() != parts.size()) {
                throw new IllegalArgumentException("a multiple rule has one part per period: " + parts);
            }
            parts = parts.stream()
                    .sorted(Comparator.comparing(PerPeriod::period))
                    .toList();
        }

        @Override
        public String describe() {
            return parts.stream().map(PerPeriod::describe).collect(Collectors.joining(", "));
        }
    }

    /**
     * Once, at any time inside {@code window}.
     *
     * @param window the days it may be done on
     */
    record OneOff(DateWindow window) implements FrequencyRule {

        @Override
        public String describe() {
            return "1 lần, " + window.toVietnamese();
        }
    }

    /**
     * Once, on or before {@code date}.
     *
     * @param date the last day
     */
    record Deadline(LocalDate date) implements FrequencyRule {

        @Override
        public String describe() {
            return "trước ngày " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
        }
    }

    /** Continuous work without a count: shown on the calendar, never reported as a gap. */
    record Ongoing() implements FrequencyRule {

        @Override
        public String describe() {
            return "thường xuyên";
        }
    }

    /** Done only when a higher body asks: no slots on the calendar. */
    record OnDemand() implements FrequencyRule {

        @Override
        public String describe() {
            return "khi có yêu cầu";
        }
    }
}
