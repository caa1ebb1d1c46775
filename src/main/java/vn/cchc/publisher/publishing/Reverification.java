package vn.cchc.publisher.publishing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Channel;

/**
 * Re-verification: checks again every post of this year that was published (website pages with Jsoup, the
 * TTHC listing of the local site, Facebook and Zalo posts by read-back), politely: a bounded number at once
 * and a pause between two visits to the same host. A post found gone (404, 410, not on its channel) or
 * changed moves to needs attention with the reason, and its calendar slot no longer counts as done; a post
 * that could not be reached is flagged only when it could not be reached in two runs in a row; a flagged
 * post that passes again is verified again. Each run reports through the progress tracker (kind {@link
 * #KIND}).
 */
public interface Reverification {

    /** The progress tracker's kind of a run. */
    String KIND = "reverification";

    /**
     * Starts a run in the background and returns its task id at once; when a run is already under way on
     * this instance, returns that run's id instead of starting another.
     */
    String startAll();

    /**
     * Runs now, in the calling thread, and returns what it found.
     *
     * @param now the run's time: this year is read from it, and state changes are recorded at it
     * @throws AlreadyRunning if a run is already under way on this instance
     */
    Run runAll(Instant now);

    /** A run was asked for while another is under way on this instance. */
    final class AlreadyRunning extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        /** @param taskId the run under way */
        public AlreadyRunning(String taskId) {
            super("a re-verification is already running: " + taskId);
        }
    }

    /** What became of one post in a run. */
    enum Verdict {
        /** Every check passed (a published post is now verified). */
        PASSED(true),
        /** A post flagged earlier passes again: verified again. */
        RECOVERED(true),
        /** Found gone or changed, or unreachable for the second run in a row: now needs attention. */
        FLAGGED(false),
        /** Flagged earlier and still failing: it stays as it is. */
        STILL_FAILING(false),
        /** Could not be reached, twice in this run: not flagged yet (at the next run in a row). */
        UNREACHABLE(false),
        /**
         * Not checked: its article is gone from the content, the local site does not answer, or the page
         * differs from an article edited since it was published (the new version is not out yet).
         */
        NOT_CHECKED(false);

        private final boolean passed;

        Verdict(boolean passed) {
            this.passed = passed;
        }

        /** Whether the post passed. */
        public boolean passed() {
            return passed;
        }
    }

    /**
     * One post checked.
     *
     * @param publicationId the publication; null for the TTHC listing
     * @param title the article's title, or "Danh mục thủ tục hành chính" for the listing
     * @param channel the channel
     * @param url the URL (or, for a post without one, the channel's id of it)
     * @param verdict what became of it
     * @param reasonVi why it did not pass, in Vietnamese; null when it passed
     */
    record Line(
            @Nullable Long publicationId,
            String title,
            Channel channel,
            String url,
            Verdict verdict,
            @Nullable String reasonVi) {}

    /**
     * What a run found.
     *
     * @param taskId the progress tracker's id of the run
     * @param year the year whose posts were checked
     * @param lines one per post, in the order they were published
     * @param localSiteDown the built-in local site's base URL when it did not answer (its pages were not
     *     checked), else null
     */
    record Run(
            String taskId,
            int year,
            List<Line> lines,
            @Nullable String localSiteDown) {

        public Run {
            lines = List.copyOf(lines);
        }

        /** How many passed. */
        public long passed() {
            return lines.stream().filter(l -> l.verdict().passed()).count();
        }

        /** How many failed (flagged, still failing or unreachable). */
        public long failed() {
            return lines.stream()
                    .filter(l -> !l.verdict().passed() && l.verdict() != Verdict.NOT_CHECKED)
                    .count();
        }

        /** How many were not checked. */
        public long notChecked() {
            return lines.stream()
                    .filter(l -> l.verdict() == Verdict.NOT_CHECKED)
                    .count();
        }
    }
}
