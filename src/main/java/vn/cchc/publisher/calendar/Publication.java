package vn.cchc.publisher.calendar;

import java.time.Instant;

/**
 * The furthest state a content item reached in the publishing engine.
 *
 * @param state the furthest state
 * @param at when it was reached
 */
public record Publication(PublicationState state, Instant at) {}
