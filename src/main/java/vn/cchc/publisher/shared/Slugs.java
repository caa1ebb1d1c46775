package vn.cchc.publisher.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs the way WordPress makes them for a post title ({@code sanitize_title} in its "save" context):
 * accents removed with {@code đ → d}, lower case, dots, slashes and dashes of any kind become hyphens,
 * any other character that is not a letter, digit, space, hyphen or underscore is dropped, and runs of
 * spaces and hyphens collapse to one hyphen.
 */
public final class Slugs {

    private static final Pattern TO_HYPHEN = Pattern.compile("[./\\u2010-\\u2015\\u2212]");
    private static final Pattern DROP = Pattern.compile("[^a-z0-9 _\\-]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    private Slugs() {}

    /** Returns the slug for {@code title}; an empty string if nothing usable is left. */
    public static String of(String title) {
        String s = VietnameseText.stripDiacritics(VietnameseText.nfc(title)).toLowerCase(Locale.ROOT);
        s = s.replace("&nbsp;", " ").replace('\u00A0', ' ');
        s = TO_HYPHEN.matcher(s).replaceAll("-");
        s = DROP.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll("-");
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
