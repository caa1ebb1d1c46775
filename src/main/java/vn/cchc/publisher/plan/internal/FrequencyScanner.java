package vn.cchc.publisher.plan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.publisher.plan.internal.Recogniser.InvalidExpression;

/**
 * Finds the frequency expressions in a text by trying each {@link Recognisers recogniser} in turn;
 * characters a recogniser has taken are not seen by the later ones.
 */
final class FrequencyScanner {

    /** Words that may stand around the expressions without changing their meaning. */
    private static final Set<String> FILLER = Set.of(
            "thuc", "hien", "dinh", "ky", "it", "nhat", "toi", "thieu", "trong", "vao", "va", "hoac", "moi", "lan",
            "tin", "bai", "viet", "ban", "so", "buoi", "video", "clip", "clips", "phong", "su", "ngan", "cuoc", "hoi",
            "nghi", "thao", "toa", "dam", "chuyen", "de", "muc", "san", "pham", "dang", "tai");

    private static final char TAKEN = '\u2591';
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private FrequencyScanner() {}

    /**
     * What a scan found.
     *
     * @param found the expressions, in text order
     * @param unknownWords the words outside every expression that are not filler, in text order
     * @param invalid the reason an expression could not be right, or empty
     */
    record Scan(List<FoundExpression> found, List<String> unknownWords, List<String> invalid) {}

    /**
     * Scans {@code text}.
     *
     * @param prose true to use only the recognisers that are safe inside running prose
     */
    static Scan scan(FoldedText text, int year, boolean prose) {
        char[] work = text.folded().toCharArray();
        List<FoundExpression> found = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (Recogniser recogniser : Recognisers.ALL) {
            if (prose && !recogniser.inProse()) {
                continue;
            }
            Matcher matcher = recogniser.pattern().matcher(String.valueOf(work));
            List<FoundExpression> taken = new ArrayList<>();
            while (matcher.find()) {
                try {
                    FoundExpression expression = recogniser.reader().read(matcher.toMatchResult(), year);
                    if (expression != null) {
                        taken.add(expression);
                    }
                } catch (InvalidExpression e) {
                    invalid.add(e.getMessage());
                }
            }
            for (FoundExpression expression : taken) {
                for (int i = expression.start(); i < expression.end(); i++) {
                    work[i] = TAKEN;
                }
            }
            found.addAll(taken);
        }
        found.sort(Comparator.comparingInt(FoundExpression::start));
        Matcher words = WORD.matcher(String.valueOf(work));
        List<String> unknown = new ArrayList<>();
        while (words.find()) {
            if (!FILLER.contains(words.group())) {
                unknown.add(text.originalBetween(words.start(), words.end()));
            }
        }
        return new Scan(found, unknown, invalid);
    }
}
