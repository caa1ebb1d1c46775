package vn.cchc.publisher.verification.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.Evidence;

/**
 * Keeps the evidence of each verification: the fetched bytes as {@code <sha256>.html.gz} under the
 * evidence directory (written once, atomically; the same page fetched twice is stored once) and a row of
 * table {@code verification}.
 */
final class EvidenceStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final JdbcClient jdbc;

    EvidenceStore(Path dir, JdbcClient jdbc) {
        this.dir = dir;
        this.jdbc = jdbc;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /**
     * Stores {@code bytes} as a gzip snapshot named by their hash.
     *
     * @return the snapshot's file name, relative to the evidence directory
     */
    String snapshot(String sha256, byte[] bytes) {
        String name = sha256 + ".html.gz";
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            return name;
        }
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".snapshot-", ".tmp");
            try {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
                    out.write(bytes);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the snapshot " + target, e);
        }
    }

    /** Adds a row to table {@code verification}. */
    void record(
            @Nullable Long publicationId,
            String unit,
            String kind,
            boolean passed,
            Evidence evidence,
            List<Check> checks) {
        jdbc.sql("""
                        INSERT INTO verification (publication_id, unit, kind, url, final_url, redirects, passed,
                            http_status, fetched_at, duration_ms, sha256, snapshot, checks)
                        VALUES (:publicationId, :unit, :kind, :url, :finalUrl, :redirects, :passed,
                            :status, :fetchedAt, :duration, :sha256, :snapshot, :checks)
                        """)
                .param("publicationId", publicationId)
                .param("unit", unit)
                .param("kind", kind)
                .param("url", limit(evidence.url(), 2000))
                .param("finalUrl", evidence.finalUrl() == null ? null : limit(evidence.finalUrl(), 2000))
                .param("redirects", JSON.writeValueAsString(evidence.redirects()))
                .param("passed", passed)
                .param("status", evidence.httpStatus())
                .param("fetchedAt", evidence.fetchedAt().atOffset(ZoneOffset.UTC))
                .param("duration", evidence.duration().toMillis())
                .param("sha256", evidence.sha256())
                .param("snapshot", evidence.snapshot())
                .param("checks", JSON.writeValueAsString(checks))
                .update();
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
