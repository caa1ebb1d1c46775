package vn.cchc.publisher.content.internal;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.publisher.content.ContentProblem;

/**
 * Collects the problems of one file. Errors make the file invalid; warnings (such as an unknown field)
 * are reported the same way but leave the file usable.
 */
final class Problems {

    private final String file;
    private final List<ContentProblem> all = new ArrayList<>();
    private int errors;

    Problems(String file) {
        this.file = file;
    }

    /** An error, with its English reason (for logs) and its Vietnamese reason (for the officer). */
    void error(int line, String field, String reason, String reasonVi) {
        all.add(new ContentProblem(file, line, field, reason, reasonVi));
        errors++;
    }

    void warning(int line, String field, String reason, String reasonVi) {
        all.add(new ContentProblem(file, line, field, reason, reasonVi));
    }

    boolean hasErrors() {
        return errors > 0;
    }

    List<ContentProblem> list() {
        return List.copyOf(all);
    }
}
