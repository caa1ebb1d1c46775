package vn.cchc.publisher.shared;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Slugs the way WordPress makes them for a post title: {@code sanitize_title} in its "save" context,
 * that is {@code remove_accents} followed by {@code sanitize_title_with_dashes}.
 *
 * <ul>
 *   <li>the title is put in NFC and Latin letters lose their accents ({@code đ → d}, {@code ơ → o},
 *       {@code Æ → AE}, {@code ß → s});
 *   <li>HTML tags are removed, lone {@code %} signs dropped, the text lower-cased;
 *   <li>any other non-ASCII character is kept as lower-case percent-encoded UTF-8 octets, and the result
 *       is cut at 200 such characters;
 *   <li>no-break spaces, en and em dashes, slashes and dots become hyphens; typographic quotes, the
 *       ellipsis, bullets, zero-width characters and a few symbols are dropped; {@code ×} becomes
 *       {@code x};
 *   <li>anything other than {@code a-z}, {@code 0-9}, {@code %}, {@code _}, {@code -} and spaces is
 *       dropped; runs of spaces and hyphens become one hyphen, trimmed at both ends.
 * </ul>
 */
public final class Slugs {

    /** WordPress cuts the encoded title at this many characters. */
    static final int MAX_ENCODED_LENGTH = 200;

    /** Letters whose accents Unicode decomposition does not remove, as {@code remove_accents} maps them. */
    private static final Map<Integer, String> SPECIAL = Map.ofEntries(
            Map.entry((int) 'ª', "a"),
            Map.entry((int) 'º', "o"),
            Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'ð', "d"),
            Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Þ', "TH"),
            Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ß', "s"),
            Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Ħ', "H"),
            Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'ı', "i"),
            Map.entry((int) 'Ĳ', "IJ"),
            Map.entry((int) 'ĳ', "ij"),
            Map.entry((int) 'ĸ', "k"),
            Map.entry((int) 'Ŀ', "L"),
            Map.entry((int) 'ŀ', "l"),
            Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'ŉ', "n"),
            Map.entry((int) 'Ŋ', "N"),
            Map.entry((int) 'ŋ', "n"),
            Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Ŧ', "T"),
            Map.entry((int) 'ŧ', "t"),
            Map.entry((int) 'ſ', "s"),
            Map.entry((int) 'ɑ', "a"),
            Map.entry((int) '€', "E"),
            Map.entry((int) '£', ""));

    private static final String[] TO_HYPHEN = {
        "%c2%a0",
        "%e2%80%93",
        "%e2%80%94",
        "&nbsp;",
        "&#160;",
        "&ndash;",
        "&#8211;",
        "&mdash;",
        "&#8212;",
        "/",
        "%e2%80%80",
        "%e2%80%81",
        "%e2%80%82",
        "%e2%80%83",
        "%e2%80%84",
        "%e2%80%85",
        "%e2%80%86",
        "%e2%80%87",
        "%e2%80%88",
        "%e2%80%89",
        "%e2%80%8a",
        "%e2%80%a8",
        "%e2%80%a9",
        "%e2%80%af"
    };

    private static final String[] DROPPED = {
        "%c2%ad",
        "%c2%a1",
        "%c2%bf",
        "%c2%ab",
        "%c2%bb",
        "%e2%80%b9",
        "%e2%80%ba",
        "%e2%80%98",
        "%e2%80%99",
        "%e2%80%9c",
        "%e2%80%9d",
        "%e2%80%9a",
        "%e2%80%9b",
        "%e2%80%9e",
        "%e2%80%9f",
        "%e2%80%a2",
        "%c2%a9",
        "%c2%ae",
        "%c2%b0",
        "%e2%80%a6",
        "%e2%84%a2",
        "%c2%b4",
        "%cb%8a",
        "%cc%81",
        "%cd%81",
        "%cc%80",
        "%cc%84",
        "%cc%8c",
        "%e2%80%8b",
        "%e2%80%8c",
        "%e2%80%8d",
        "%e2%80%8e",
        "%e2%80%8f",
        "%e2%80%aa",
        "%e2%80%ab",
        "%e2%80%ac",
        "%e2%80%ad",
        "%e2%80%ae",
        "%ef%bb%bf"
    };

    private static final Pattern OCTET = Pattern.compile("%([a-fA-F0-9]{2})");
    private static final Pattern PROTECTED_OCTET = Pattern.compile("---([a-fA-F0-9]{2})---");
    private static final Pattern ENTITY = Pattern.compile("&.+?;");
    private static final Pattern DISALLOWED = Pattern.compile("[^%a-z0-9 _\\-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HYPHENS = Pattern.compile("-+");

    private Slugs() {}

    /** Returns the slug for {@code title}; an empty string if nothing usable is left. */
    public static String of(String title) {
        String s = removeAccents(VietnameseText.nfc(title));
        s = stripTags(s);
        s = OCTET.matcher(s).replaceAll("---$1---");
        s = s.replace("%", "");
        s = PROTECTED_OCTET.matcher(s).replaceAll("%$1");
        s = uriEncode(s.toLowerCase(Locale.ROOT));
        for (String hyphen : TO_HYPHEN) {
            s = s.replace(hyphen, "-");
        }
        for (String dropped : DROPPED) {
            s = s.replace(dropped, "");
        }
        s = s.replace("%c3%97", "x");
        s = ENTITY.matcher(s).replaceAll("");
        s = s.replace('.', '-');
        s = DISALLOWED.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll("-");
        s = HYPHENS.matcher(s).replaceAll("-");
        return trimHyphens(s);
    }

    /** {@code remove_accents}: Latin letters with diacritics become their base letters. */
    private static String removeAccents(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String special = SPECIAL.get(cp);
            if (special != null) {
                out.append(special);
            } else if (isAccentedLatin(cp)) {
                char base = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD)
                        .charAt(0);
                out.append(base < 128 ? base : Character.toString(cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The blocks {@code remove_accents} covers: Latin-1, Latin Extended-A, parts of B, Vietnamese. */
    private static boolean isAccentedLatin(int cp) {
        return (cp >= 0xC0 && cp <= 0x17F)
                || cp == 0x1A0
                || cp == 0x1A1
                || cp == 0x1AF
                || cp == 0x1B0
                || (cp >= 0x1CD && cp <= 0x1DC)
                || (cp >= 0x218 && cp <= 0x21B)
                || (cp >= 0x1EA0 && cp <= 0x1EF9);
    }

    /** PHP's {@code strip_tags}: a {@code <} not followed by white space opens a tag up to the next {@code >}. */
    private static String stripTags(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<' && (i + 1 == text.length() || !Character.isWhitespace(text.charAt(i + 1)))) {
                int close = text.indexOf('>', i + 1);
                i = close < 0 ? text.length() : close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code utf8_uri_encode($title, 200)}: non-ASCII as percent-encoded octets, cut at 200 characters. */
    private static String uriEncode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                if (out.length() + 1 > MAX_ENCODED_LENGTH) {
                    break;
                }
                out.append((char) cp);
                continue;
            }
            byte[] octets = Character.toString(cp).getBytes(StandardCharsets.UTF_8);
            if (out.length() + octets.length * 3 > MAX_ENCODED_LENGTH) {
                break;
            }
            for (byte octet : octets) {
                out.append('%').append(Integer.toHexString(octet & 0xFF));
            }
        }
        return out.toString();
    }

    private static String trimHyphens(String s) {
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
