package vn.cchc.publisher.content.internal;

import java.nio.file.Path;
import java.util.List;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.TthcProcedure;

/** Reads the TTHC catalogue of a content directory; the content catalogue combines it with the articles. */
public interface TthcSource {

    /** Reads every record under {@code contentDir/tthc}; invalid records are reported and left out. */
    Result read(Path contentDir);

    /**
     * What was read.
     *
     * @param procedures the valid procedures, ordered by field then code
     * @param problems the problems found
     */
    record Result(List<TthcProcedure> procedures, List<ContentProblem> problems) {

        public Result {
            procedures = List.copyOf(procedures);
            problems = List.copyOf(problems);
        }
    }
}
