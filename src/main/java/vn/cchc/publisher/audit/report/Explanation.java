package vn.cchc.publisher.audit.report;

import java.time.Instant;

/**
 * The officer's explanation of a target in a period, most often of one not met.
 *
 * @param unit the unit key
 * @param target the target's id
 * @param period the period's code ({@code 2026-Q1})
 * @param text the explanation, at most 2,000 characters
 * @param author who wrote it
 * @param at when
 */
public record Explanation(String unit, String target, String period, String text, String author, Instant at) {}
