package vn.cchc.publisher.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text rules for Vietnamese: NFC normalisation, folding away diacritics, whitespace collapsing. */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {}

    /** Returns {@code text} in Unicode NFC, so composed and decomposed input compare equal. */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    public static String collapseWhitespace(String text) {
        int length = text.length();
        char[] out = null;
        int n = 0;
        boolean inSpace = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean space = isCollapsible(c);
            if (out == null && space && (c != ' ' || inSpace)) {
                out = new char[length];
                text.getChars(0, i, out, 0);
                n = i;
            }
            if (out != null && (!space || !inSpace)) {
                out[n++] = space ? ' ' : c;
            }
            inSpace = space;
        }
        return (out == null ? text : new String(out, 0, n)).strip();
    }

    /** The characters {@link #collapseWhitespace} turns into spaces: ASCII white space and wide spaces. */
    private static boolean isCollapsible(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    /** NFC plus collapsed whitespace: the form two texts are compared in. */
    public static String normalize(String text) {
        return collapseWhitespace(nfc(text));
    }

    /**
     * Removes every diacritic (tones and vowel marks) and maps {@code đ}/{@code Đ} to {@code d}, keeping
     * case. "Cải cách Đề án" becomes "Cai cach De an".
     */
    public static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }

    /**
     * The form used to match words whatever their case, diacritics and spacing: no diacritics, lower
     * case, whitespace collapsed. OCR text such as "Dinh ky 01 lan/quy" folds to the same string as
     * "Định kỳ 01 lần/quý".
     */
    public static String fold(String text) {
        return collapseWhitespace(stripDiacritics(text).toLowerCase(Locale.ROOT));
    }
}
