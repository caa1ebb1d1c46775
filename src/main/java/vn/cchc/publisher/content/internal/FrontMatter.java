package vn.cchc.publisher.content.internal;

import org.jspecify.annotations.Nullable;

/**
 * A file split into its YAML front matter (between two {@code ---} lines, from line 2) and its markdown
 * body.
 *
 * @param yaml the text between the two {@code ---} lines
 * @param body the markdown after the closing line
 * @param bodyLine the 1-based line of the file where the body starts
 */
record FrontMatter(String yaml, String body, int bodyLine) {

    /** The line of the file where the YAML starts: the line after the opening {@code ---}. */
    static final int FIRST_LINE = 2;

    static final String FIELD = "front matter";

    /** Splits {@code text}; returns null and reports the problem when there is no closed front matter. */
    static @Nullable FrontMatter split(String text, Problems problems) {
        int lineEnd = endOfLine(text, 0);
        if (!isDelimiter(text, 0, lineEnd)) {
            problems.error(
                    1,
                    FIELD,
                    "missing: the file must start with a line '---', then the fields (title: …), then a line '---'",
                    "thiếu phần thông tin đầu bài: tệp phải mở đầu bằng một dòng '---', tiếp theo là các trường"
                            + " (title: …), rồi một dòng '---'");
            return null;
        }
        int yamlStart = next(text, lineEnd);
        int line = FIRST_LINE;
        int start = yamlStart;
        while (start < text.length()) {
            int end = endOfLine(text, start);
            if (isDelimiter(text, start, end)) {
                return new FrontMatter(text.substring(yamlStart, start), text.substring(next(text, end)), line + 1);
            }
            start = next(text, end);
            line++;
        }
        problems.error(
                1,
                FIELD,
                "not closed: the '---' on line 1 has no closing '---' line after the fields",
                "phần thông tin đầu bài chưa đóng: dòng '---' ở dòng 1 chưa có dòng '---' kết thúc sau các trường");
        return null;
    }

    private static int endOfLine(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(lineEnd + 1, text.length());
    }

    private static boolean isDelimiter(String text, int start, int end) {
        return text.substring(start, end).stripTrailing().equals("---");
    }
}
