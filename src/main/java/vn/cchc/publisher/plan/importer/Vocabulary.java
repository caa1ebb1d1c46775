package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * Words that stand for a value (a kind, a channel, an area), matched on folded text so that "Trang thông
 * tin điện tử", "trang thong tin dien tu" and "TRANG THÔNG TIN ĐIỆN TỬ" are the same words.
 *
 * @param <T> the values
 */
final class Vocabulary<T> {

    private final Map<T, Pattern> words = new LinkedHashMap<>();

    /** Adds the phrases, folded and separated by {@code |}, that stand for {@code value}. */
    Vocabulary<T> add(T value, String phrases) {
        words.put(value, Pattern.compile("\\b(?:" + phrases.replace(" ", "\\s+") + ")\\b"));
        return this;
    }

    /** Every value whose words occur in {@code text}, in the order they were added. */
    List<T> all(String text) {
        String folded = VietnameseText.fold(text);
        List<T> found = new ArrayList<>();
        words.forEach((value, pattern) -> {
            if (pattern.matcher(folded).find()) {
                found.add(value);
            }
        });
        return found;
    }

    /** The value whose words occur first in {@code text}. */
    Optional<T> first(String text) {
        String folded = VietnameseText.fold(text);
        T best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<T, Pattern> entry : words.entrySet()) {
            OptionalInt at = position(entry.getValue(), folded);
            if (at.isPresent() && at.getAsInt() < bestAt) {
                best = entry.getKey();
                bestAt = at.getAsInt();
            }
        }
        return Optional.ofNullable(best);
    }

    private static OptionalInt position(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? OptionalInt.of(matcher.start()) : OptionalInt.empty();
    }
}
