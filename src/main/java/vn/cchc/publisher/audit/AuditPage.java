package vn.cchc.publisher.audit;

import java.util.List;

/**
 * One page of ledger rows matching a query, newest first.
 *
 * @param entries the rows of this page
 * @param page the page number, from 0
 * @param size the most rows a page holds
 * @param total how many rows match the query in all
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    /** How many pages the matching rows fill; at least 1. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
