package vn.cchc.publisher.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one long piece of work (a re-verification, a report of a whole department), for the pages
 * to show while it runs.
 *
 * @param id the task's identifier, unique within this run of the service
 * @param kind what it is, e.g. {@code reverification} or {@code report}
 * @param label what the user sees, in Vietnamese
 * @param done items finished so far
 * @param total items in all; 0 while not yet known
 * @param started when it began
 * @param finished when it ended, or {@code null} while it runs
 * @param failure why it stopped early, or {@code null}
 * @param result a link or short text to show when it has ended, or {@code null}
 */
public record Progress(
        String id,
        String kind,
        String label,
        int done,
        int total,
        Instant started,
        @Nullable Instant finished,
        @Nullable String failure,
        @Nullable String result) {

    /** Whether the work has ended, well or not. */
    public boolean isFinished() {
        return finished != null;
    }

    /** Per cent done, 0–100; 0 while the total is not known. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, (100L * done) / total);
    }
}
