package vn.cchc.publisher.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.TestDatabases;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.AuditRecord;

/** The ledger on H2, the embedded default. */
class AuditLedgerTest extends LedgerContract {

    @Override
    DataSource dataSource() {
        return TestDatabases.migratedH2();
    }

    @Test
    void theHashIsTheDocumentedCanonicalForm() throws Exception {
        AuditEntry row = ledger.append(new AuditRecord(
                Instant.parse("2026-03-02T01:02:03.456789Z"),
                "ttyt-mau",
                "cán bộ|1",
                "offline-activity",
                "activity:7",
                Map.of("mô tả", "Hội nghị\ntuyên truyền", "số", 2)));

        String form = "1|2026-03-02T01:02:03.456Z|ttyt-mau|cán bộ\\|1|offline-activity|activity:7|"
                + "{\"mô tả\":\"Hội nghị\\\\ntuyên truyền\",\"số\":2}|" + "0".repeat(64);
        String sha = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(form.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.hash()).isEqualTo(sha);
        assertThat(row.at()).isEqualTo(Instant.parse("2026-03-02T01:02:03.456Z"));
        assertThat(ledger.read(0, 1)).containsExactly(row);
    }
}
