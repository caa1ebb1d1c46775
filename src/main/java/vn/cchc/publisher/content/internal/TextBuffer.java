package vn.cchc.publisher.content.internal;

/**
 * Plain text built piece by piece with white space collapsed on the way: every run of white space (Unicode
 * spaces, no-break spaces included, and ASCII controls from tab to carriage return) becomes one space, and
 * none is kept at either end.
 */
final class TextBuffer {

    private final StringBuilder text = new StringBuilder(256);
    private boolean pendingSpace;

    TextBuffer append(String piece) {
        int length = piece.length();
        int start = 0;
        while (start < length && isSpace(piece.charAt(start))) {
            start++;
        }
        if (start == length) {
            return length == 0 ? this : space();
        }
        int end = length;
        while (isSpace(piece.charAt(end - 1))) {
            end--;
        }
        if (start > 0) {
            space();
        }
        if (hasSingleSpaces(piece, start, end)) {
            if (pendingSpace) {
                text.append(' ');
                pendingSpace = false;
            }
            // a whole String is copied at once, a range of one char by char
            text.append(start == 0 && end == length ? piece : piece.substring(start, end));
        } else {
            for (int i = start; i < end; i++) {
                append(piece.charAt(i));
            }
        }
        return end < length ? space() : this;
    }

    /** True if {@code piece} has no white space between {@code start} and {@code end} but single spaces. */
    private static boolean hasSingleSpaces(String piece, int start, int end) {
        boolean afterSpace = false;
        for (int i = start; i < end; i++) {
            char c = piece.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (isSpace(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return true;
    }

    TextBuffer append(char c) {
        if (isSpace(c)) {
            pendingSpace = text.length() > 0;
        } else {
            if (pendingSpace) {
                text.append(' ');
                pendingSpace = false;
            }
            text.append(c);
        }
        return this;
    }

    TextBuffer space() {
        pendingSpace = text.length() > 0;
        return this;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** The text so far; the buffer is emptied. */
    String take() {
        String result = text.toString();
        text.setLength(0);
        pendingSpace = false;
        return result;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < '\u1680') {
            return c == '\u00A0';
        }
        return c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000'
                || c == '\uFEFF';
    }
}
