package vn.cchc.publisher.plan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.internal.FoundExpression.Strength;

/**
 * Makes one rule of the expressions found in one text, keeping the most specific: a count beats a bare
 * period ("Hàng tháng, 1 tin, bài/ tháng"), anything beats "thường xuyên", "trong năm" and "khi có yêu
 * cầu", a date beats the window it lies in. Expressions that disagree are an error.
 */
final class RuleCombiner {

    /** Expressions that cannot be made into one rule. */
    static final class Conflict extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    private final FoldedText text;
    private List<FoundExpression> left;

    private RuleCombiner(FoldedText text, List<FoundExpression> found) {
        this.text = text;
        this.left = new ArrayList<>(found);
    }

    /**
     * @param text the text the expressions were found in, for quoting them in errors
     * @param found at least one expression
     * @throws Conflict if they disagree
     */
    static FrequencyRule combine(FoldedText text, List<FoundExpression> found) {
        return new RuleCombiner(text, found).combine();
    }

    private FrequencyRule combine() {
        dropIfOthers(e -> e.rule() instanceof OnDemand);
        dropIfOthers(e -> e.strength() == Strength.YEAR_SCOPE);
        if (left.stream().allMatch(e -> e.strength() == Strength.YEAR_SCOPE)) {
            return sameRule(left);
        }
        if (left.stream().allMatch(e -> e.rule() instanceof Ongoing || e.rule() instanceof OnDemand)) {
            return sameRule(left);
        }
        List<FoundExpression> periodic = only(e -> e.rule() instanceof PerPeriod || e.rule() instanceof Multiple);
        List<FoundExpression> dated = only(e -> e.rule() instanceof OneOff || e.rule() instanceof Deadline);
        if (!periodic.isEmpty()) {
            dropIfOthers(e -> e.rule() instanceof Ongoing);
        }
        List<FoundExpression> ongoing = only(e -> e.rule() instanceof Ongoing);
        if (!ongoing.isEmpty()) {
            throw conflict(ongoing.get(0), dated.get(0), "ongoing work has no date");
        }
        if (!periodic.isEmpty() && !dated.isEmpty()) {
            boolean onlyOnce = periodic.stream()
                    .allMatch(e -> e.strength() == Strength.COUNT_ONLY && ((PerPeriod) e.rule()).count() == 1);
            if (!onlyOnce) {
                throw conflict(periodic.get(0), dated.get(0), "a count per period cannot also have a date");
            }
            return dated(dated);
        }
        return periodic.isEmpty() ? dated(dated) : periodic(periodic);
    }

    private FrequencyRule periodic(List<FoundExpression> periodic) {
        Map<Period, FoundExpression> byPeriod = new EnumMap<>(Period.class);
        for (FoundExpression e : periodic) {
            List<PerPeriod> parts = e.rule() instanceof Multiple m ? m.parts() : List.of((PerPeriod) e.rule());
            for (PerPeriod part : parts) {
                FoundExpression candidate = new FoundExpression(part, e.strength(), e.start(), e.end());
                byPeriod.merge(part.period(), candidate, this::stronger);
            }
        }
        if (byPeriod.size() == 1) {
            return byPeriod.values().iterator().next().rule();
        }
        List<FoundExpression> counted = byPeriod.values().stream()
                .filter(e -> e.strength() != Strength.IMPLICIT)
                .toList();
        if (!counted.isEmpty()) {
            FoundExpression other = byPeriod.values().stream()
                    .filter(e -> e != counted.get(0))
                    .findFirst()
                    .orElseThrow();
            throw conflict(counted.get(0), other, "they give counts for different periods");
        }
        return new Multiple(
                byPeriod.values().stream().map(e -> (PerPeriod) e.rule()).toList());
    }

    private FoundExpression stronger(FoundExpression a, FoundExpression b) {
        boolean aCounted = a.strength() != Strength.IMPLICIT;
        boolean bCounted = b.strength() != Strength.IMPLICIT;
        if (aCounted && bCounted && !a.rule().equals(b.rule())) {
            throw conflict(a, b, "they give different counts");
        }
        return aCounted || !bCounted ? a : b;
    }

    private FrequencyRule dated(List<FoundExpression> dated) {
        List<FoundExpression> deadlines =
                dated.stream().filter(e -> e.rule() instanceof Deadline).toList();
        List<FoundExpression> windows = dated.stream()
                .filter(e -> e.rule() instanceof OneOff)
                .sorted(Comparator.comparing(e -> span(((OneOff) e.rule()).window())))
                .toList();
        for (FoundExpression deadline : deadlines) {
            if (!deadline.rule().equals(deadlines.get(0).rule())) {
                throw conflict(deadlines.get(0), deadline, "they give different dates");
            }
        }
        for (FoundExpression window : windows) {
            DateWindow outer = ((OneOff) window.rule()).window();
            if (!deadlines.isEmpty()
                    && !outer.contains(((Deadline) deadlines.get(0).rule()).date())) {
                throw conflict(deadlines.get(0), window, "the date is not inside the window");
            }
            if (!outer.contains(((OneOff) windows.get(0).rule()).window())) {
                throw conflict(windows.get(0), window, "the windows do not nest");
            }
        }
        return deadlines.isEmpty() ? windows.get(0).rule() : deadlines.get(0).rule();
    }

    private static long span(DateWindow window) {
        return window.to().toEpochDay() - window.from().toEpochDay();
    }

    private FrequencyRule sameRule(List<FoundExpression> found) {
        for (FoundExpression e : found) {
            if (!e.rule().equals(found.get(0).rule())) {
                throw conflict(found.get(0), e, "they disagree");
            }
        }
        return found.get(0).rule();
    }

    private void dropIfOthers(Predicate<FoundExpression> weak) {
        if (left.stream().anyMatch(weak.negate())) {
            left = new ArrayList<>(left.stream().filter(weak.negate()).toList());
        }
    }

    private List<FoundExpression> only(Predicate<FoundExpression> which) {
        return left.stream().filter(which).toList();
    }

    private Conflict conflict(FoundExpression a, FoundExpression b, String why) {
        Function<FoundExpression, String> quote = e -> "\"" + text.originalBetween(e.start(), e.end()) + "\"";
        return new Conflict(quote.apply(a) + " and " + quote.apply(b) + " cannot be combined: " + why);
    }
}
