package vn.cchc.publisher.content.internal;

import vn.cchc.publisher.shared.VietnameseText;

/** Cuts text to a channel's limit, counted in Unicode code points of the NFC text. */
final class TextLimits {

    static final String ELLIPSIS = "…";

    private TextLimits() {}

    /** The number of code points of {@code text} in NFC. */
    static int length(String text) {
        String nfc = VietnameseText.nfc(text);
        return nfc.codePointCount(0, nfc.length());
    }

    /**
     * {@code text} in NFC, or, if it is longer than {@code max} code points, its beginning cut at the last
     * word boundary that leaves room for an ellipsis, followed by "…". A single word longer than the limit
     * is cut inside the word.
     */
    static String cut(String text, int max) {
        String nfc = VietnameseText.nfc(text);
        int length = nfc.codePointCount(0, nfc.length());
        if (length <= max) {
            return nfc;
        }
        if (max < 2) {
            return ELLIPSIS.substring(0, max);
        }
        int end = nfc.offsetByCodePoints(0, max - 1);
        int cut = end;
        if (!Character.isWhitespace(nfc.codePointAt(end))) {
            int space = end - 1;
            while (space > 0 && !Character.isWhitespace(nfc.charAt(space))) {
                space--;
            }
            if (space > 0) {
                cut = space;
            }
        }
        String head = stripTrailingPunctuation(nfc.substring(0, cut));
        if (head.isEmpty()) {
            head = nfc.substring(0, end);
        }
        return head + ELLIPSIS;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0
                && (Character.isWhitespace(text.charAt(end - 1)) || ",;:-–—(".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }
}
