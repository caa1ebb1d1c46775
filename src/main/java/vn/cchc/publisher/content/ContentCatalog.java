package vn.cchc.publisher.content;

import java.nio.file.Path;
import java.util.Optional;

/** Reads and validates everything under the content directory. */
public interface ContentCatalog {

    /**
     * Reads every article and TTHC record now. Invalid files are skipped and reported as problems; the
     * others are returned.
     */
    ContentSnapshot load();

    /**
     * Reads one article file, which may lie outside the content directory.
     *
     * @return the article, or empty when the file has problems, which are added to {@code problems}
     */
    Optional<Article> readArticle(Path file, java.util.List<ContentProblem> problems);
}
