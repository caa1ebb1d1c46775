package vn.cchc.publisher.plan.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.Frequency;
import vn.cchc.publisher.plan.FrequencyException;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;

/**
 * Reads when a target is due from its {@code frequency}, or {@code count} + {@code period}, or
 * {@code window} or {@code due}, with an optional {@code window} narrowing a recurring rule.
 */
final class TimingReader {

    private TimingReader() {}

    /**
     * When a target is due.
     *
     * @param rule the rule
     * @param frequency the plan's words, or null
     * @param active the days the target is active
     */
    record Timing(FrequencyRule rule, @Nullable String frequency, DateWindow active) {}

    static Optional<Timing> read(YamlFields fields, int year, ProblemLog log) {
        int before = log.size();
        boolean hasFrequency = fields.has("frequency");
        boolean hasCount = fields.has("count") || fields.has("period");
        Optional<DateWindow> window = window(fields, log);
        Optional<LocalDate> due = fields.date("due");
        if (hasFrequency && hasCount) {
            log.add(
                    fields.line("frequency"),
                    fields.field("frequency"),
                    "give either frequency or count + period, not both");
        }
        if (fields.has("due") && (hasFrequency || hasCount || fields.has("window"))) {
            log.add(
                    fields.line("due"),
                    fields.field("due"),
                    "due is for a one-off target; remove it, or remove frequency, count, period and window");
        }
        if (!hasFrequency && !hasCount && !fields.has("window") && !fields.has("due")) {
            log.add(
                    fields.line(),
                    fields.field("frequency"),
                    "missing: give frequency (the plan's words), or count"
                            + " + period, or window or due for a one-off");
        }
        String frequency = fields.text("frequency").orElse(null);
        FrequencyRule rule = null;
        if (frequency != null) {
            try {
                rule = Frequency.parse(frequency, year);
            } catch (FrequencyException e) {
                log.add(fields.line("frequency"), fields.field("frequency"), e.getMessage());
            }
        } else if (hasCount) {
            rule = perPeriod(fields, log);
        } else if (due.isPresent()) {
            rule = new Deadline(due.get());
        } else if (window.isPresent()) {
            rule = new OneOff(window.get());
        }
        if (rule == null || log.size() > before) {
            return Optional.empty();
        }
        boolean recurring = rule instanceof PerPeriod || rule instanceof Multiple;
        if (window.isPresent() && hasFrequency && !recurring) {
            log.add(
                    fields.line("window"),
                    fields.field("window"),
                    "the frequency '" + frequency
                            + "' already says when; a window only narrows a recurring frequency, remove one of them");
            return Optional.empty();
        }
        DateWindow active = recurring ? window.orElse(DateWindow.year(year)) : DateWindow.year(year);
        if (!insideYear(rule, active, year, fields, frequency != null, log)) {
            return Optional.empty();
        }
        return Optional.of(new Timing(rule, frequency, active));
    }

    private static @Nullable FrequencyRule perPeriod(YamlFields fields, ProblemLog log) {
        if (!fields.has("count") || !fields.has("period")) {
            String missing = fields.has("count") ? "period" : "count";
            log.add(fields.line(), fields.field(missing), "missing: count and period go together");
            return null;
        }
        Optional<Integer> count = fields.integer("count", 1, 366);
        Optional<Period> period = fields.text("period").flatMap(id -> {
            Optional<Period> p = Period.byId(id);
            if (p.isEmpty()) {
                log.add(
                        fields.line("period"),
                        fields.field("period"),
                        "unknown period '" + id + "' (expected " + Period.ids() + ")");
            }
            return p;
        });
        return count.isPresent() && period.isPresent() ? new PerPeriod(count.get(), period.get()) : null;
    }

    private static Optional<DateWindow> window(YamlFields fields, ProblemLog log) {
        return fields.mapping("window", "a mapping with from and to").flatMap(w -> {
            w.rejectUnknown(Set.of("from", "to"));
            Optional<LocalDate> from = w.has("from") ? w.date("from") : missing(w, "from", log);
            Optional<LocalDate> to = w.has("to") ? w.date("to") : missing(w, "to", log);
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            if (to.get().isBefore(from.get())) {
                log.add(w.line("to"), w.field("to"), "the window ends before it starts");
                return Optional.empty();
            }
            return Optional.of(new DateWindow(from.get(), to.get()));
        });
    }

    private static Optional<LocalDate> missing(YamlFields fields, String key, ProblemLog log) {
        log.add(fields.line(), fields.field(key), "missing; a window needs from and to");
        return Optional.empty();
    }

    private static boolean insideYear(
            FrequencyRule rule, DateWindow active, int year, YamlFields fields, boolean fromWords, ProblemLog log) {
        DateWindow planYear = DateWindow.year(year);
        String where = fromWords ? "frequency" : rule instanceof Deadline ? "due" : "window";
        String outside = null;
        if (rule instanceof OneOff oneOff && !planYear.overlaps(oneOff.window())) {
            outside = "the window " + oneOff.window().toVietnamese();
        } else if (rule instanceof Deadline deadline && !planYear.contains(deadline.date())) {
            outside = "the date " + deadline.describe();
        } else if (!planYear.contains(active)) {
            outside = "the window " + active.toVietnamese();
            where = "window";
        }
        if (outside != null) {
            log.add(fields.line(where), fields.field(where), outside + " is outside the plan year " + year);
            return false;
        }
        return true;
    }
}
