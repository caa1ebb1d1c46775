package vn.cchc.publisher.plan.internal;

import java.util.Locale;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * A text and its folded form (no diacritics, lower case, every kind of space a plain space) of the same
 * length, so that a match in the folded form points at the same characters of the original.
 *
 * @param original the text in NFC
 * @param folded the folded form, {@code original.length()} characters long
 */
public record FoldedText(String original, String folded) {

    public FoldedText {
        if (original.length() != folded.length()) {
            throw new IllegalArgumentException("folded text must keep the original's length");
        }
    }

    /** Folds {@code text} character by character, after NFC normalisation. */
    public static FoldedText of(String text) {
        String nfc = VietnameseText.nfc(text);
        StringBuilder folded = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            folded.append(fold(nfc.charAt(i)));
        }
        return new FoldedText(nfc, folded.toString());
    }

    private static char fold(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
            return ' ';
        }
        if ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212".indexOf(c) >= 0) {
            return '-';
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String stripped = VietnameseText.stripDiacritics(String.valueOf(c)).toLowerCase(Locale.ROOT);
        return stripped.length() == 1 ? stripped.charAt(0) : Character.toLowerCase(c);
    }

    /** The original characters from {@code start} to {@code end}, whitespace collapsed. */
    public String originalBetween(int start, int end) {
        return VietnameseText.collapseWhitespace(original.substring(start, end));
    }
}
