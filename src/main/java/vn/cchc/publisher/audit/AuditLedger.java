package vn.cchc.publisher.audit;

import java.util.List;

/**
 * The append-only audit ledger (table {@code audit_ledger}). Each row carries the SHA-256 of the row before
 * it, so that {@link #verify()} detects a row edited, deleted or moved, and names it. There is no way to
 * change or remove a row through the application.
 *
 * <p>Appends are serialised by a database row lock (table {@code audit_ledger_lock}), so the chain stays
 * linear across threads and instances sharing the database. An append joins the caller's transaction if
 * there is one: the row is written if and only if what it records is.
 */
public interface AuditLedger {

    /**
     * Appends a row after the last one.
     *
     * @return the row as written, with its sequence number and hashes
     */
    AuditEntry append(AuditRecord record);

    /** Walks the chain from the first row and returns the first row found broken, if any. */
    LedgerCheck verify();

    /** Up to {@code limit} rows with a sequence number greater than {@code afterSeq}, in order. */
    List<AuditEntry> read(long afterSeq, int limit);

    /** The rows matching {@code query}'s filters, newest first, one page of them. */
    AuditQuery.Page search(AuditQuery query);
}
