package vn.cchc.publisher.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of a ledger row: lower-case hex SHA-256 of the UTF-8 bytes of
 *
 * <pre>seq|at|unit|actor|type|subject|details|prev_hash</pre>
 *
 * where {@code seq} is the decimal number, {@code at} is {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC, and in each
 * text field {@code \} is written {@code \\}, {@code |} is written {@code \|} and a line break {@code \n}, so
 * that no two rows have the same form. Row 1's {@code prev_hash} is 64 zeros.
 */
final class LedgerHash {

    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LedgerHash() {}

    static String canonicalForm(
            long seq,
            Instant at,
            String unit,
            String actor,
            String type,
            String subject,
            String details,
            String prevHash) {
        return seq + "|" + AT.format(at) + "|" + escape(unit) + "|" + escape(actor) + "|" + escape(type) + "|"
                + escape(subject) + "|" + escape(details) + "|" + prevHash;
    }

    static String hash(
            long seq,
            Instant at,
            String unit,
            String actor,
            String type,
            String subject,
            String details,
            String prevHash) {
        return sha256(canonicalForm(seq, at, unit, actor, type, subject, details, prevHash));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static String escape(String field) {
        if (field.indexOf('\\') < 0 && field.indexOf('|') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return field.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n");
    }
}
