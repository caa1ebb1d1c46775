package vn.cchc.publisher.content;

import java.util.List;

/**
 * Everything read from the content directory at one moment: the valid articles, the valid TTHC
 * procedures, and the problems of the files that were skipped or are incomplete.
 *
 * @param articles valid articles, ordered by file name
 * @param procedures valid procedures, ordered by field then code
 * @param problems every problem found, ordered by file then line
 */
public record ContentSnapshot(List<Article> articles, List<TthcProcedure> procedures, List<ContentProblem> problems) {

    public ContentSnapshot {
        articles = List.copyOf(articles);
        procedures = List.copyOf(procedures);
        problems = List.copyOf(problems);
    }

    /** True when no file has a problem. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
