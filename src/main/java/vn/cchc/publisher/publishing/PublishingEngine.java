package vn.cchc.publisher.publishing;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The publishing engine: what is approved and due goes out, once, on every channel it was meant for.
 * Quartz jobs and the command line call it; it reads the time it is given, never the wall clock.
 */
public interface PublishingEngine {

    /**
     * One pass: claims every approved publication due at {@code now} (so that two instances never take
     * the same one), publishes it, and records the outcome. With {@code dryRun} nothing is claimed or
     * sent: the result says what would go where.
     */
    PassResult publishDue(Instant now, boolean dryRun);

    /**
     * The monthly automatic publication for {@code month}: for each monthly target with an open slot,
     * the next ready article is queued, and published at once if it needs no approval or was
     * pre-approved; otherwise the approver is asked. A slot with nothing ready is recorded as a gap.
     */
    MonthlyResult publishMonthly(YearMonth month, Instant now);

    /**
     * Reconciles publications a crash left in {@code publishing}: asks each channel whether the post
     * exists before anything is retried.
     *
     * @return how many publications were reconciled
     */
    int recover(Instant now);
}
