package vn.cchc.publisher.content;

import java.nio.file.Path;
import java.util.Optional;

/** Reads and validates everything under the content directory. */
public interface ContentCatalog {

    /**
     * Reads every article and TTHC record now. Invalid files are skipped and reported as problems; the
     * others are returned. Warnings (such as an unknown field) are reported without skipping the file.
     */
    ContentSnapshot load();

    /**
     * Reads one article file, which may lie outside the content directory (its paths are then relative to
     * its own folder).
     *
     * @return the article, or empty when the file has errors; every problem, errors and warnings (such as
     *     an unknown field, which leaves the article usable), is added to {@code problems}
     */
    Optional<Article> readArticle(Path file, java.util.List<ContentProblem> problems);
}
