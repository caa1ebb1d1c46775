package vn.cchc.publisher.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.AuditPage;
import vn.cchc.publisher.audit.AuditQuery;
import vn.cchc.publisher.audit.AuditRecord;
import vn.cchc.publisher.audit.LedgerCheck;

/**
 * The ledger in table {@code audit_ledger}. It only ever inserts: there is deliberately no statement here
 * that updates or deletes a row of it (a test checks the sources for one).
 */
@Component
class JdbcAuditLedger implements AuditLedger {

    static final String COLUMNS = "seq, at, unit, actor, event_type, subject, details, prev_hash, hash";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcAuditLedger(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        Instant at = record.at().truncatedTo(ChronoUnit.MILLIS);
        String details = CanonicalJson.write(record.details());
        return Objects.requireNonNull(transaction.execute(status -> {
            jdbc.sql("SELECT id FROM audit_ledger_lock WHERE id = 1 FOR UPDATE")
                    .query(Integer.class)
                    .single();
            List<AuditEntry> last = jdbc.sql("SELECT " + COLUMNS + " FROM audit_ledger ORDER BY seq DESC LIMIT 1")
                    .query(JdbcAuditLedger::entry)
                    .list();
            long seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
            String prev = last.isEmpty() ? LedgerHash.GENESIS : last.get(0).hash();
            String hash = LedgerHash.hash(
                    seq, at, record.unit(), record.actor(), record.type(), record.subject(), details, prev);
            jdbc.sql("INSERT INTO audit_ledger (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            seq,
                            at.atOffset(ZoneOffset.UTC),
                            record.unit(),
                            record.actor(),
                            record.type(),
                            record.subject(),
                            details,
                            prev,
                            hash)
                    .update();
            return new AuditEntry(
                    seq, at, record.unit(), record.actor(), record.type(), record.subject(), details, prev, hash);
        }));
    }

    @Override
    public LedgerCheck verify() {
        ChainWalk walk = new ChainWalk(this::seqOfHash);
        long after = 0;
        while (true) {
            List<AuditEntry> page = read(after, 1000);
            for (AuditEntry entry : page) {
                LedgerCheck.Broken broken = walk.next(entry);
                if (broken != null) {
                    return broken;
                }
            }
            if (page.size() < 1000) {
                return walk.intact();
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    @Override
    public List<AuditEntry> read(long afterSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_ledger WHERE seq > ? ORDER BY seq LIMIT ?")
                .params(afterSeq, limit)
                .query(JdbcAuditLedger::entry)
                .list();
    }

    @Override
    public AuditPage search(AuditQuery query, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.from() != null) {
            conditions.add("at >= ?");
            params.add(query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            conditions.add("at < ?");
            params.add(query.to().atOffset(ZoneOffset.UTC));
        }
        if (query.channel() != null) {
            // details are canonical JSON: no white space, so the pair is written exactly like this
            conditions.add("details LIKE ? ESCAPE '!'");
            params.add("%" + likeLiteral(CanonicalJson.write(Map.of("channel", query.channel())), 1) + "%");
        }
        if (query.target() != null) {
            conditions.add("(details LIKE ? ESCAPE '!' OR subject LIKE ? ESCAPE '!' OR subject = ?)");
            params.add("%" + likeLiteral(CanonicalJson.write(Map.of("target", query.target())), 1) + "%");
            params.add("slot:%/" + likeLiteral(query.target(), 0) + "/%");
            params.add(query.target());
        }
        if (query.actor() != null) {
            conditions.add("actor = ?");
            params.add(query.actor());
        }
        if (query.type() != null) {
            conditions.add("event_type = ?");
            params.add(query.type());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_ledger" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<AuditEntry> entries = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM audit_ledger" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(JdbcAuditLedger::entry)
                .list();
        return new AuditPage(entries, page, size, total);
    }

    /**
     * {@code text} with the LIKE wildcards escaped by {@code !}, less {@code trim} characters at each end
     * (the braces of a one-pair JSON object).
     */
    private static String likeLiteral(String text, int trim) {
        String inner = text.substring(trim, text.length() - trim);
        return inner.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The sequence numbers of the rows with this hash. */
    private List<Long> seqOfHash(String hash) {
        return jdbc.sql("SELECT seq FROM audit_ledger WHERE hash = ? ORDER BY seq")
                .param(hash)
                .query(Long.class)
                .list();
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("unit"),
                rs.getString("actor"),
                rs.getString("event_type"),
                rs.getString("subject"),
                rs.getString("details"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
