package vn.cchc.publisher.plan.internal;

import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.publisher.plan.FrequencyException;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.shared.VietnameseText;

/** Reads frequency expressions: the whole of a cell strictly, or the expressions inside prose. */
public final class FrequencyParser {

    private FrequencyParser() {}

    /**
     * Reads the whole of {@code text}; every word must be understood.
     *
     * @throws FrequencyException if it is not
     */
    public static FrequencyRule parse(String text, int year) {
        FoldedText folded = FoldedText.of(text);
        String quoted = VietnameseText.collapseWhitespace(folded.original());
        if (quoted.isEmpty()) {
            throw new FrequencyException(quoted, "it is empty", year);
        }
        FrequencyScanner.Scan scan = FrequencyScanner.scan(folded, year, false);
        if (!scan.invalid().isEmpty()) {
            throw new FrequencyException(quoted, scan.invalid().get(0), year);
        }
        if (!scan.unknownWords().isEmpty()) {
            String words = scan.unknownWords().stream().distinct().collect(Collectors.joining(" "));
            String reason = scan.found().isEmpty()
                    ? "no known frequency expression in it (did not understand \"" + words + "\")"
                    : "did not understand \"" + words + "\"";
            throw new FrequencyException(quoted, reason, year);
        }
        if (scan.found().isEmpty()) {
            throw new FrequencyException(quoted, "nothing in it says how often or when", year);
        }
        try {
            return RuleCombiner.combine(folded, scan.found());
        } catch (RuleCombiner.Conflict e) {
            throw new FrequencyException(quoted, e.getMessage(), year);
        }
    }

    /**
     * Looks for frequency expressions inside running prose, such as a duty in a plan's "Tổ chức thực hiện"
     * section, ignoring the other words, bare dates and bare years.
     *
     * @return the rule and the words that say it, joined by ", " so that {@link #parse} reads them back
     *     to the same rule; empty if there are none or they disagree
     */
    public static Optional<Found> find(String text, int year) {
        FoldedText folded = FoldedText.of(text);
        FrequencyScanner.Scan scan = FrequencyScanner.scan(folded, year, true);
        if (scan.found().isEmpty()) {
            return Optional.empty();
        }
        try {
            FrequencyRule rule = RuleCombiner.combine(folded, scan.found());
            String words = scan.found().stream()
                    .map(e -> folded.originalBetween(e.start(), e.end()))
                    .distinct()
                    .collect(Collectors.joining(", "));
            boolean counted = scan.found().stream()
                    .anyMatch(e -> e.strength() == FoundExpression.Strength.EXPLICIT
                            || e.strength() == FoundExpression.Strength.COUNT_ONLY);
            return Optional.of(new Found(rule, words, counted));
        } catch (RuleCombiner.Conflict e) {
            return Optional.empty();
        }
    }

    /**
     * Expressions found in prose.
     *
     * @param rule what they mean together
     * @param words the words that say it, as written
     * @param counted true if the words give a count ("02 tin, bài", "1 lần/quý"), not just a period
     */
    public record Found(FrequencyRule rule, String words, boolean counted) {}
}
