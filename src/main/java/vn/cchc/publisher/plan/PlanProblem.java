package vn.cchc.publisher.plan;

/**
 * One problem found in a plan file, reported as {@code file:line: field: reason}.
 *
 * @param file the file, as given to the reader
 * @param line the 1-based line the problem is on (1 when it concerns the whole file)
 * @param field the field concerned, as a path such as {@code targets[web-monthly].channels}, or
 *     {@code file}
 * @param reason what is wrong and how to fix it, in English
 */
public record PlanProblem(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + reason;
    }
}
