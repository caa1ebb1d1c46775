package vn.cchc.publisher.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What to append to the ledger.
 *
 * @param at when it happened
 * @param unit the unit key
 * @param actor who did it: a user name, or {@code system} for the scheduler
 * @param type the event type, e.g. {@code published}, {@code token-refreshed}, {@code offline-activity}
 * @param subject what it is about: {@code publication:42}, {@code slot:…}, {@code url:…}
 * @param details the facts, as a JSON object: values are strings, numbers, booleans, null, lists and maps;
 *     stored as canonical JSON (keys sorted, no white space)
 */
public record AuditRecord(Instant at, String unit, String actor, String type, String subject, Map<String, ?> details) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        requireText(unit, "unit");
        requireText(actor, "actor");
        requireText(type, "type");
        requireText(subject, "subject");
        Objects.requireNonNull(details, "details");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an audit record needs a " + name);
        }
    }
}
