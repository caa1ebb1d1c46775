package vn.cchc.publisher.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.audit.AuditLedger;

/** Nothing in the application can change or remove a ledger row. */
class LedgerIsAppendOnlyTest {

    private static final Pattern WRITE_TO_LEDGER = Pattern.compile(
            "(?is)(update\\s+audit_ledger\\b|delete\\s+from\\s+audit_ledger\\b|truncate\\s+(table\\s+)?audit_ledger\\b"
                    + "|merge\\s+into\\s+audit_ledger\\b|drop\\s+table\\s+audit_ledger\\b)");

    @Test
    void noSourceUpdatesOrDeletesLedgerRows() throws IOException {
        List<Path> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offending = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> WRITE_TO_LEDGER.matcher(read(f)).find())
                    .toList();
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void thePatternFindsAnUpdate() {
        assertThat(WRITE_TO_LEDGER
                        .matcher("jdbc.sql(\"UPDATE  audit_ledger SET x = 1\")")
                        .find())
                .isTrue();
        assertThat(WRITE_TO_LEDGER
                        .matcher("DELETE\nFROM audit_ledger WHERE seq = 1")
                        .find())
                .isTrue();
        assertThat(WRITE_TO_LEDGER
                        .matcher("SELECT id FROM audit_ledger_lock FOR UPDATE")
                        .find())
                .isFalse();
    }

    @Test
    void theLedgerOffersOnlyAppendVerifyAndReads() {
        assertThat(Arrays.stream(AuditLedger.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("append", "verify", "read", "search");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
