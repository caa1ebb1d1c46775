package vn.cchc.publisher.publishing;

import java.util.List;

/**
 * What one publishing pass did (or, for a dry run, would do).
 *
 * @param published publications that reached {@code published}
 * @param retrying publications that failed transiently and wait for their next attempt
 * @param needsAttention publications that failed permanently and wait for the officer
 * @param lines one human-readable line per publication handled: what, where, outcome
 */
public record PassResult(int published, int retrying, int needsAttention, List<String> lines) {

    public PassResult {
        lines = List.copyOf(lines);
    }
}
