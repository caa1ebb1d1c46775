package vn.cchc.publisher.content;

/**
 * One problem found in a content file, reported as {@code file:line: field: reason}.
 *
 * @param file the file, relative to the content directory
 * @param line the 1-based line the problem is on (1 when it concerns the whole file)
 * @param field the front matter field or record field concerned, or {@code file}
 * @param reason what is wrong and how to fix it, in English
 */
public record ContentProblem(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + reason;
    }
}
