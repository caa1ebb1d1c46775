package vn.cchc.publisher.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.AuditPage;
import vn.cchc.publisher.audit.AuditQuery;
import vn.cchc.publisher.audit.AuditRecord;
import vn.cchc.publisher.audit.LedgerCheck;
import vn.cchc.publisher.audit.LedgerCheck.Problem;

/**
 * What the ledger guarantees, on any database: the chain, and the detection of each kind of tampering done
 * behind the application's back with raw SQL.
 */
abstract class LedgerContract {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    JdbcClient sql;
    JdbcAuditLedger ledger;

    abstract DataSource dataSource();

    @BeforeEach
    void setUpLedger() {
        DataSource dataSource = dataSource();
        sql = JdbcClient.create(dataSource);
        ledger = new JdbcAuditLedger(sql, new DataSourceTransactionManager(dataSource));
    }

    void appendRows(int count) {
        for (int i = 1; i <= count; i++) {
            ledger.append(new AuditRecord(
                    T0.plusSeconds(i),
                    "ttyt-mau",
                    i % 2 == 0 ? "lanh.dao" : "system",
                    "published",
                    "publication:" + i,
                    Map.of("url", "https://ttyt.example.vn/bai-" + i + "/", "channel", "website")));
        }
    }

    @Test
    void chainsEveryRowToThePreviousOne() {
        appendRows(3);

        List<AuditEntry> rows = ledger.read(0, 10);

        assertThat(rows).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(0).prevHash()).isEqualTo("0".repeat(64));
        assertThat(rows.get(1).prevHash()).isEqualTo(rows.get(0).hash());
        assertThat(rows.get(2).prevHash()).isEqualTo(rows.get(1).hash());
        assertThat(rows.get(0).details())
                .isEqualTo("{\"channel\":\"website\",\"url\":\"https://ttyt.example.vn/bai-1/\"}");
        assertThat(ledger.verify())
                .isEqualTo(new LedgerCheck.Intact(3, rows.get(2).hash()));
    }

    @Test
    void anEmptyLedgerIsIntact() {
        assertThat(ledger.verify()).isEqualTo(new LedgerCheck.Intact(0, "0".repeat(64)));
    }

    @Test
    void detectsAnEditedRow() {
        appendRows(5);
        sql.sql("UPDATE audit_ledger SET details = REPLACE(details, 'bai-3', 'bai-khac') WHERE seq = 3")
                .update();

        assertThat(ledger.verify()).isInstanceOfSatisfying(LedgerCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(3);
            assertThat(broken.problem()).isEqualTo(Problem.EDITED);
            assertThat(broken.reasonVi()).isEqualTo("Dòng 3 của sổ nhật ký bị sửa: mã băm không khớp nội dung");
        });
    }

    @Test
    void detectsAnEditedRowWhoseHashWasRecomputed() {
        appendRows(5);
        AuditEntry row = ledger.read(1, 1).get(0);
        String forged = "{\"channel\":\"website\",\"url\":\"https://gia-mao.example/\"}";
        String hash = LedgerHash.hash(
                row.seq(), row.at(), row.unit(), row.actor(), row.type(), row.subject(), forged, row.prevHash());
        sql.sql("UPDATE audit_ledger SET details = ?, hash = ? WHERE seq = 2")
                .params(forged, hash)
                .update();

        assertThat(ledger.verify()).isInstanceOfSatisfying(LedgerCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(2);
            assertThat(broken.problem()).isEqualTo(Problem.EDITED);
            assertThat(broken.reasonEn()).isEqualTo("ledger row 2 was edited: row 3 recorded another hash for it");
        });
    }

    @Test
    void detectsADeletedRow() {
        appendRows(5);
        sql.sql("DELETE FROM audit_ledger WHERE seq = 4").update();

        assertThat(ledger.verify()).isInstanceOfSatisfying(LedgerCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(4);
            assertThat(broken.problem()).isEqualTo(Problem.DELETED);
            assertThat(broken.reasonVi()).isEqualTo("Sổ nhật ký bị xoá dòng 4 (sau dòng 3 là dòng 5)");
        });
    }

    @Test
    void detectsTheFirstRowDeleted() {
        appendRows(3);
        sql.sql("DELETE FROM audit_ledger WHERE seq = 1").update();

        assertThat(ledger.verify()).isInstanceOfSatisfying(LedgerCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(1);
            assertThat(broken.problem()).isEqualTo(Problem.DELETED);
        });
    }

    @Test
    void detectsDeletedRowsRenumberedToHideTheGap() {
        appendRows(5);
        sql.sql("DELETE FROM audit_ledger WHERE seq = 3").update();
        sql.sql("UPDATE audit_ledger SET seq = seq - 1 WHERE seq = 4").update();
        sql.sql("UPDATE audit_ledger SET seq = seq - 1 WHERE seq = 5").update();

        assertThat(ledger.verify()).isInstanceOfSatisfying(LedgerCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(3);
            assertThat(broken.problem()).isEqualTo(Problem.REORDERED);
            assertThat(broken.reasonVi()).isEqualTo("Dòng 3 của sổ nhật ký bị đổi chỗ: đây là dòng 4 ban đầu");
        });
    }

    @Test
    void detectsTwoRowsSwapped() {
        appendRows(6);
        swap(2, 5);

        assertThat(ledger.verify()).isInstanceOfSatisfying(LedgerCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(2);
            assertThat(broken.problem()).isEqualTo(Problem.REORDERED);
            assertThat(broken.reasonEn()).isEqualTo("ledger row 2 was moved: it was written as row 5");
        });
    }

    @Test
    void detectsTwoNeighboursSwapped() {
        appendRows(4);
        swap(3, 4);

        assertThat(ledger.verify()).isInstanceOfSatisfying(LedgerCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(3);
            assertThat(broken.problem()).isEqualTo(Problem.REORDERED);
            assertThat(broken.reasonEn()).isEqualTo("ledger row 3 was moved: it was written as row 4");
        });
    }

    private void swap(long a, long b) {
        sql.sql("UPDATE audit_ledger SET seq = -1 WHERE seq = ?").param(a).update();
        sql.sql("UPDATE audit_ledger SET seq = ? WHERE seq = ?").params(a, b).update();
        sql.sql("UPDATE audit_ledger SET seq = ? WHERE seq = -1").param(b).update();
    }

    @Test
    void concurrentAppendsKeepTheChainLinear() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        ledger.append(new AuditRecord(
                                T0, "ttyt-mau", "worker-" + thread, "token-refreshed", "channel:zalo", Map.of("i", i)));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(ledger.verify())
                .isInstanceOfSatisfying(
                        LedgerCheck.Intact.class,
                        intact -> assertThat(intact.rows()).isEqualTo(200));
    }

    @Test
    void searchFiltersByTimeChannelTargetActorAndTypeNewestFirst() {
        appendRows(6);
        ledger.append(new AuditRecord(
                T0.plusSeconds(7), "ttyt-mau", "can.bo", "queued", "publication:7", Map.of("channel", "facebook")));
        ledger.append(new AuditRecord(
                T0.plusSeconds(8),
                "ttyt-mau",
                "can.bo",
                "offline-activity",
                "activity:1",
                Map.of("target", "hoi_nghi", "kind", "conference")));

        AuditPage all = ledger.search(AuditQuery.ALL, 0, 3);
        assertThat(all.total()).isEqualTo(8);
        assertThat(all.entries()).extracting(AuditEntry::seq).containsExactly(8L, 7L, 6L);
        assertThat(ledger.search(AuditQuery.ALL, 2, 3).entries())
                .extracting(AuditEntry::seq)
                .containsExactly(2L, 1L);

        assertThat(seqs(new AuditQuery(T0.plusSeconds(2), T0.plusSeconds(4), null, null, null, null)))
                .containsExactly(3L, 2L);
        assertThat(seqs(new AuditQuery(null, null, "facebook", null, null, null)))
                .containsExactly(7L);
        assertThat(seqs(new AuditQuery(null, null, null, "publication:4", null, null)))
                .containsExactly(4L);
        assertThat(seqs(new AuditQuery(null, null, null, "hoi_nghi", null, null)))
                .containsExactly(8L);
        // "_" is not a wildcard: hoi-nghi matches nothing
        assertThat(seqs(new AuditQuery(null, null, null, "hoi-nghi", null, null)))
                .isEmpty();
        assertThat(seqs(new AuditQuery(null, null, null, null, "lanh.dao", "published")))
                .containsExactly(6L, 4L, 2L);
    }

    private List<Long> seqs(AuditQuery query) {
        return ledger.search(query, 0, 50).entries().stream()
                .map(AuditEntry::seq)
                .toList();
    }
}
