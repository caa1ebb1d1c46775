package vn.cchc.publisher.channel.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: a number of seconds, or an HTTP date. */
public final class RetryAfter {

    private RetryAfter() {}

    /** The time the header asks for; empty if there is no header or it cannot be read. */
    public static Optional<Instant> of(HttpReply reply, Instant now) {
        return reply.header("Retry-After").flatMap(value -> parse(value.strip(), now));
    }

    static Optional<Instant> parse(String value, Instant now) {
        if (value.matches("\\d{1,9}")) {
            return Optional.of(now.plusSeconds(Long.parseLong(value)));
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
