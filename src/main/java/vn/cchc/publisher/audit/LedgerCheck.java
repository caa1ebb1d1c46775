package vn.cchc.publisher.audit;

/** What {@link AuditLedger#verify()} found. */
public sealed interface LedgerCheck {

    /**
     * Every row is in place and unchanged.
     *
     * @param rows how many rows the ledger holds
     * @param lastHash the hash of the last row (64 zeros when empty): write it down to detect later that
     *     rows were removed from the end
     */
    record Intact(long rows, String lastHash) implements LedgerCheck {}

    /**
     * The first broken row.
     *
     * @param seq the row's sequence number
     * @param problem what happened to it
     * @param reasonVi a sentence for the auditor, in Vietnamese
     * @param reasonEn the same in English
     */
    record Broken(long seq, Problem problem, String reasonVi, String reasonEn) implements LedgerCheck {}

    /** What happened to a broken row. */
    enum Problem {
        /** Its content no longer matches its hash, or the next row's link to it. */
        EDITED,
        /** It is missing: the sequence has a gap. */
        DELETED,
        /** It is a genuine row, but was written with another sequence number. */
        REORDERED
    }
}
