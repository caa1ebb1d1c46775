package vn.cchc.publisher.content.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cchc.publisher.shared.VietnameseText;

/** Hashtags as Vietnamese pages write them: CamelCase words without diacritics, e.g. #ChuyenDoiSo. */
final class Hashtags {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]+");

    private Hashtags() {}

    /** The hashtag for {@code text} with its {@code #}, or an empty string if it has no letter or digit. */
    static String of(String text) {
        StringBuilder tag = new StringBuilder("#");
        for (String word : NOT_ALPHANUMERIC.split(VietnameseText.stripDiacritics(VietnameseText.nfc(text)))) {
            if (!word.isEmpty()) {
                tag.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return tag.length() == 1 ? "" : tag.toString();
    }

    /** {@code hashtags} in order, separated by spaces, without empty ones and repeats (ignoring case). */
    static String join(Collection<String> hashtags) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : hashtags) {
            if (!tag.isEmpty()) {
                tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        return String.join(" ", tags.values());
    }
}
