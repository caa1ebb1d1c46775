package vn.cchc.publisher.audit;

import java.time.Instant;

/**
 * One row of the ledger.
 *
 * @param seq its sequence number, from 1, without gaps
 * @param at when it happened, to the millisecond
 * @param unit the unit key
 * @param actor who did it
 * @param type the event type
 * @param subject what it is about
 * @param details the facts, canonical JSON
 * @param prevHash the hash of row {@code seq - 1}; 64 zeros for row 1
 * @param hash SHA-256 (lower-case hex) of this row's canonical form, described in
 *     {@code src/site/markdown/reference/audit.md}
 */
public record AuditEntry(
        long seq,
        Instant at,
        String unit,
        String actor,
        String type,
        String subject,
        String details,
        String prevHash,
        String hash) {}
