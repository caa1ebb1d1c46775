package vn.cchc.publisher.audit.internal;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.LedgerCheck;
import vn.cchc.publisher.audit.LedgerCheck.Problem;

/**
 * Walks the ledger in sequence order and finds the first broken row:
 *
 * <ul>
 *   <li>a gap in the sequence: the missing row was deleted;
 *   <li>a row whose hash does not match its content: if the hash matches the same content under another
 *       sequence number, the row was moved (reordered); otherwise it was edited;
 *   <li>a row whose content and hash agree but whose {@code prev_hash} is not the previous row's hash: the
 *       previous row was edited and its hash recomputed to hide it.
 * </ul>
 *
 * Rows removed from the end leave no trace inside the chain; the last hash, printed by {@code audit verify},
 * is the anchor to compare with a copy kept elsewhere.
 */
final class ChainWalk {

    /** How many sequence numbers are tried to find where a moved row came from. */
    private static final long MAX_ORIGIN_SEARCH = 2_000_000;

    private final Function<String, List<Long>> seqOfHash;
    private long expected = 1;
    private String previousHash = LedgerHash.GENESIS;

    ChainWalk(Function<String, List<Long>> seqOfHash) {
        this.seqOfHash = seqOfHash;
    }

    LedgerCheck.@Nullable Broken next(AuditEntry row) {
        if (row.seq() != expected) {
            String missing =
                    row.seq() == expected + 1 ? "dòng " + expected : "các dòng " + expected + "–" + (row.seq() - 1);
            String missingEn =
                    row.seq() == expected + 1 ? "row " + expected : "rows " + expected + "-" + (row.seq() - 1);
            return new LedgerCheck.Broken(
                    expected,
                    Problem.DELETED,
                    "Sổ nhật ký bị xoá " + missing + " (sau dòng " + (expected - 1) + " là dòng " + row.seq() + ")",
                    "ledger " + missingEn + " deleted (row " + (expected - 1) + " is followed by row " + row.seq()
                            + ")");
        }
        if (!hashOf(row, row.seq()).equals(row.hash())) {
            long origin = origin(row);
            if (origin > 0) {
                return new LedgerCheck.Broken(
                        row.seq(),
                        Problem.REORDERED,
                        "Dòng " + row.seq() + " của sổ nhật ký bị đổi chỗ: đây là dòng " + origin + " ban đầu",
                        "ledger row " + row.seq() + " was moved: it was written as row " + origin);
            }
            return new LedgerCheck.Broken(
                    row.seq(),
                    Problem.EDITED,
                    "Dòng " + row.seq() + " của sổ nhật ký bị sửa: mã băm không khớp nội dung",
                    "ledger row " + row.seq() + " was edited: its hash does not match its content");
        }
        if (!row.prevHash().equals(previousHash)) {
            return new LedgerCheck.Broken(
                    row.seq() - 1,
                    Problem.EDITED,
                    "Dòng " + (row.seq() - 1) + " của sổ nhật ký bị sửa: dòng " + row.seq()
                            + " ghi nhận một mã băm khác cho nó",
                    "ledger row " + (row.seq() - 1) + " was edited: row " + row.seq()
                            + " recorded another hash for it");
        }
        previousHash = row.hash();
        expected++;
        return null;
    }

    LedgerCheck.Intact intact() {
        return new LedgerCheck.Intact(expected - 1, previousHash);
    }

    /** The sequence number the row was written with, if its content is intact; 0 if none is found. */
    private long origin(AuditEntry row) {
        for (long candidate : seqOfHash.apply(row.prevHash())) {
            if (candidate + 1 != row.seq() && hashOf(row, candidate + 1).equals(row.hash())) {
                return candidate + 1;
            }
        }
        if (row.prevHash().equals(LedgerHash.GENESIS)
                && row.seq() != 1
                && hashOf(row, 1).equals(row.hash())) {
            return 1;
        }
        long limit = Math.min(MAX_ORIGIN_SEARCH, row.seq() + MAX_ORIGIN_SEARCH / 2);
        for (long candidate = 1; candidate <= limit; candidate++) {
            if (candidate != row.seq() && hashOf(row, candidate).equals(row.hash())) {
                return candidate;
            }
        }
        return 0;
    }

    private static String hashOf(AuditEntry row, long seq) {
        return LedgerHash.hash(
                seq, row.at(), row.unit(), row.actor(), row.type(), row.subject(), row.details(), row.prevHash());
    }
}
