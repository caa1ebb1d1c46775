package vn.cchc.publisher.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A filtered, paged read of the ledger, newest row first. Every filter is optional (null: not filtered).
 *
 * @param from rows at or after this instant
 * @param to rows before this instant
 * @param channel rows whose details name this channel ({@code "channel":"facebook"})
 * @param target rows about this subject ({@code publication:42}) or whose details name this plan target
 * @param actor rows done by this user ({@code system} for the scheduler)
 * @param type rows of this event type ({@code approved}, {@code published}, …)
 * @param page the page, from 0
 * @param size rows per page, 1 to 500
 */
public record AuditQuery(
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String channel,
        @Nullable String target,
        @Nullable String actor,
        @Nullable String type,
        int page,
        int size) {

    /** The largest page. */
    public static final int MAX_SIZE = 500;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page: must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: must be between 1 and " + MAX_SIZE + ", not " + size);
        }
    }

    /**
     * One page of rows and how many rows match in all.
     *
     * @param entries the page's rows, newest first
     * @param total the rows matching the filters, on every page
     */
    public record Page(List<AuditEntry> entries, long total) {

        public Page {
            entries = List.copyOf(entries);
        }
    }
}
