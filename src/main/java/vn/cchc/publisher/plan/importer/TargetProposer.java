package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyException;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.ProposedTarget;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.plan.internal.FrequencyParser;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * Makes a proposed target of a task: its words, owner, guessed kind, channels and areas, and its
 * frequency. A task's "Tần suất" comes before its "Thời gian thực hiện", which then only narrows it; a
 * duty's frequency is looked for in its words. What cannot be read is kept in a check, never guessed.
 */
final class TargetProposer {

    private final int year;
    private final String unit;
    private final TargetIds ids = new TargetIds();

    TargetProposer(int year, String unit) {
        this.year = year;
        this.unit = unit;
    }

    /** True if a duty of "Tổ chức thực hiện" is worth a target beside a task table: a report, date or count. */
    boolean isNotable(Task duty) {
        String folded = VietnameseText.fold(duty.task());
        Optional<FrequencyParser.Found> found = FrequencyParser.find(duty.task(), year);
        boolean report = folded.contains("bao cao") && (found.isPresent() || folded.contains("dinh ky"));
        boolean dated = found.filter(f -> f.rule() instanceof Deadline).isPresent();
        boolean counted = found.filter(FrequencyParser.Found::counted).isPresent();
        return report || dated || counted;
    }

    ProposedTarget propose(Task task, boolean besideTable) {
        Row row = task.row();
        List<String> checks = new ArrayList<>(row.notes());
        String words =
                task.parentTask().isEmpty() ? task.task() : OwnerText.stripEnd(task.parentTask()) + ": " + task.task();
        String text = OwnerText.stripEnd(VietnameseText.collapseWhitespace(words));
        String owner = OwnerText.tidy(row.cell(Column.OWNER));
        if (owner.isEmpty()) {
            owner = unit;
            checks.add("no department in charge found for this task; the unit is proposed");
        }
        List<String> texts = List.of(task.task(), task.parentTask(), row.cell(Column.PRODUCT), row.cell(Column.FORM));
        List<PlanChannel> named = Guesses.channels(texts);
        TargetKind kind = Guesses.kind(texts, named);
        List<PlanChannel> channels = named.isEmpty() ? kind.defaultChannels() : named;
        List<Area> areas = Guesses.areas(task.task());
        if (areas.isEmpty()) {
            areas = Guesses.areas(task.parentTask());
        }
        if (task.duty() && besideTable) {
            checks.add("a duty of \"Tổ chức thực hiện\", not a row of the task table: it may repeat a task above");
        }
        Timing timing = task.duty() ? fromProse(task.task(), checks) : fromCells(row, task.task(), checks);
        return new ProposedTarget(
                ids.next(task.number(), task.task()),
                text,
                owner,
                channels,
                kind,
                areas,
                timing.words(),
                timing.rule(),
                timing.window(),
                task.lines(),
                checks);
    }

    private record Timing(
            @Nullable String words,
            @Nullable FrequencyRule rule,
            @Nullable DateWindow window) {}

    private Timing fromCells(Row row, String taskWords, List<String> checks) {
        String frequency = OwnerText.stripEnd(VietnameseText.collapseWhitespace(row.cell(Column.FREQUENCY)));
        String time = OwnerText.stripEnd(VietnameseText.collapseWhitespace(row.cell(Column.TIME)));
        Optional<FrequencyRule> counted = read(frequency, checks, "Tần suất");
        if (counted.isPresent()) {
            Optional<FrequencyRule> when = time.isEmpty() ? Optional.empty() : quietly(time);
            DateWindow window = when.filter(OneOff.class::isInstance)
                    .map(r -> ((OneOff) r).window())
                    .filter(w -> !w.isYear(year) && DateWindow.year(year).contains(w) && recurring(counted.get()))
                    .orElse(null);
            if (!time.isEmpty()
                    && window == null
                    && when.filter(r -> isYearScope(r)).isEmpty()) {
                checks.add("\"Thời gian thực hiện: " + time + "\" is not used; the frequency is \"" + frequency + "\"");
            }
            return new Timing(frequency, counted.get(), window);
        }
        if (!time.isEmpty()) {
            Optional<FrequencyRule> rule = read(time, checks, "Thời gian thực hiện");
            return new Timing(time, rule.orElse(null), null);
        }
        if (!frequency.isEmpty()) {
            return new Timing(frequency, null, null);
        }
        Optional<FrequencyParser.Found> found =
                FrequencyParser.find(taskWords, year).filter(f -> fits(f.rule()));
        if (found.isPresent()) {
            checks.add("the frequency is taken from the task's words");
            return new Timing(found.get().words(), found.get().rule(), null);
        }
        checks.add("the plan gives no time or frequency for this task: fill in count and period");
        return new Timing(null, null, null);
    }

    private Timing fromProse(String words, List<String> checks) {
        Optional<FrequencyParser.Found> found =
                FrequencyParser.find(words, year).filter(f -> fits(f.rule()));
        if (found.isPresent()) {
            return new Timing(found.get().words(), found.get().rule(), null);
        }
        checks.add("no frequency found in the words of this duty: fill in count and period");
        return new Timing(null, null, null);
    }

    private Optional<FrequencyRule> read(String words, List<String> checks, String label) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        try {
            FrequencyRule rule = FrequencyParser.parse(words, year);
            if (fits(rule)) {
                return Optional.of(rule);
            }
            checks.add("\"" + label + ": " + words + "\" falls outside the plan year " + year
                    + ": fill in count and period, or a window or due date in " + year);
        } catch (FrequencyException e) {
            checks.add("\"" + label + "\": " + e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<FrequencyRule> quietly(String words) {
        try {
            return Optional.of(FrequencyParser.parse(words, year));
        } catch (FrequencyException e) {
            return Optional.empty();
        }
    }

    private boolean fits(FrequencyRule rule) {
        DateWindow planYear = DateWindow.year(year);
        if (rule instanceof OneOff oneOff) {
            return planYear.overlaps(oneOff.window());
        }
        return !(rule instanceof Deadline deadline) || planYear.contains(deadline.date());
    }

    private boolean isYearScope(FrequencyRule rule) {
        return rule instanceof OneOff oneOff && oneOff.window().isYear(year) || rule instanceof FrequencyRule.Ongoing;
    }

    private static boolean recurring(FrequencyRule rule) {
        return rule instanceof PerPeriod || rule instanceof Multiple;
    }
}
