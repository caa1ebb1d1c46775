package vn.cchc.publisher.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which ledger rows to read; every criterion left null matches any row.
 *
 * @param from rows that happened at or after this instant
 * @param to rows that happened before this instant
 * @param channel rows whose details name this channel ({@code website}, {@code facebook}, {@code zalo})
 * @param target rows about this plan target (its {@code target} detail, or a slot of it), or about this
 *     subject ({@code publication:42})
 * @param actor rows done by this user ({@code system} for the scheduler)
 * @param type rows of this event type, e.g. {@code published}
 */
public record AuditQuery(
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String channel,
        @Nullable String target,
        @Nullable String actor,
        @Nullable String type) {

    /** Every row. */
    /** The largest page {@link AuditLedger#search} is asked for by the pages and the API. */
    public static final int MAX_SIZE = 500;

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
