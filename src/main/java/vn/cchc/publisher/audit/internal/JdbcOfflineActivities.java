package vn.cchc.publisher.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.audit.ActivityKind;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.AuditRecord;
import vn.cchc.publisher.audit.NewOfflineActivity;
import vn.cchc.publisher.audit.OfflineActivities;
import vn.cchc.publisher.audit.OfflineActivity;

/** Offline activities in table {@code offline_activity}, each with its ledger row. */
@Component
class JdbcOfflineActivities implements OfflineActivities {

    private static final String COLUMNS =
            "id, unit, held_on, target, kind, description, attachment, recorded_by, recorded_at";

    private final JdbcClient jdbc;
    private final AuditLedger ledger;
    private final TransactionTemplate transaction;
    private final Path attachments;
    private final Clock clock;

    JdbcOfflineActivities(
            JdbcClient jdbc,
            AuditLedger ledger,
            PlatformTransactionManager transactions,
            AuditProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.transaction = new TransactionTemplate(transactions);
        this.attachments = properties.attachmentsDir();
        this.clock = clock;
    }

    @Override
    public OfflineActivity record(NewOfflineActivity activity) {
        String unit = required(activity.unit(), "unit", 100);
        String target = required(activity.target(), "target", 100);
        String description = required(activity.description(), "description", MAX_DESCRIPTION);
        String by = required(activity.recordedBy(), "recordedBy", 200);
        LocalDate today = LocalDate.now(clock);
        if (activity.date().isAfter(today)) {
            throw new IllegalArgumentException(
                    "date: " + activity.date() + " is in the future (today is " + today + ")");
        }
        String attachment = activity.attachment() == null ? null : keep(activity.attachment());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Objects.requireNonNull(transaction.execute(status -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO offline_activity (unit, held_on, target, kind, description, attachment,
                                recorded_by, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            unit,
                            activity.date(),
                            target,
                            activity.kind().id(),
                            description,
                            attachment,
                            by,
                            now.atOffset(ZoneOffset.UTC))
                    .update(keys, "id");
            long id = Objects.requireNonNull(keys.getKeyAs(Number.class)).longValue();
            Map<String, @Nullable Object> details = new LinkedHashMap<>();
            details.put("date", activity.date().toString());
            details.put("target", target);
            details.put("kind", activity.kind().id());
            details.put("description", description);
            details.put("attachment", attachment);
            ledger.append(new AuditRecord(now, unit, by, "offline-activity", "activity:" + id, details));
            return new OfflineActivity(
                    id, unit, activity.date(), target, activity.kind(), description, attachment, by, now);
        }));
    }

    @Override
    public List<OfflineActivity> list(String unit, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM offline_activity WHERE unit = ? AND held_on BETWEEN ? AND ? ORDER BY held_on, id")
                .params(unit, from, to)
                .query(JdbcOfflineActivities::activity)
                .list();
    }

    @Override
    public Optional<OfflineActivity> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offline_activity WHERE id = ?")
                .param(id)
                .query(JdbcOfflineActivities::activity)
                .optional();
    }

    @Override
    public Optional<Path> attachmentFile(OfflineActivity activity) {
        String name = activity.attachment();
        if (name == null || !name.matches("[0-9a-f]{64}(\\.[a-z0-9]{1,8})?")) {
            return Optional.empty();
        }
        Path file = attachments.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static OfflineActivity activity(ResultSet rs, int row) throws SQLException {
        return new OfflineActivity(
                rs.getLong("id"),
                rs.getString("unit"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("target"),
                ActivityKind.byId(rs.getString("kind")).orElse(ActivityKind.OTHER),
                rs.getString("description"),
                rs.getString("attachment"),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static String required(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + ": " + stripped.length() + " characters, at most " + max);
        }
        return stripped;
    }

    /** Copies the file under the attachments directory as {@code <sha256>.<ext>}; returns that name. */
    private String keep(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("attachment: no such file " + file);
        }
        try {
            if (Files.size(file) > MAX_ATTACHMENT_BYTES) {
                throw new IllegalArgumentException("attachment: " + file + " is larger than 20 MiB");
            }
            Files.createDirectories(attachments);
            Path temp = Files.createTempFile(attachments, ".attachment-", ".tmp");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                String name = HexFormat.of().formatHex(digest.digest()) + extension(file);
                Path target = attachments.resolve(name);
                if (!Files.exists(target)) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return name;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the attachment " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
    }
}
