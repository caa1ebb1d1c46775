package vn.cchc.publisher.content;

/**
 * One problem found in a content file, reported as {@code file:line: field: reason}.
 *
 * @param file the file, relative to the content directory
 * @param line the 1-based line the problem is on (1 when it concerns the whole file)
 * @param field the front matter field or record field concerned, or {@code file}
 * @param reason what is wrong and how to fix it, in English (for logs)
 * @param reasonVi the same in Vietnamese, for the officer (page, API, command line)
 */
public record ContentProblem(String file, int line, String field, String reason, String reasonVi) {

    /** {@code file:line: field: reason} in English, as logs show it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + reason;
    }

    /** {@code file:line: field: reasonVi}, as the officer reads it. */
    public String toVietnamese() {
        return file + ":" + line + ": " + field + ": " + reasonVi;
    }
}
