package vn.cchc.publisher.channel.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret value (a password or token). Nothing prints it: {@link #toString()} is a mask, and
 * {@link #redact(String)} removes it from text that is about to be logged or shown.
 */
public final class Secret {

    private static final String MASK = "****";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a non-blank value. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret cannot be blank");
        }
        return new Secret(value);
    }

    /** The value, for the one place that sends it (a header, a form field). */
    public String reveal() {
        return value;
    }

    /** Returns {@code text} with every occurrence of the value replaced by a mask. */
    public String redact(String text) {
        return text.replace(value, MASK);
    }

    /** True when both hold the same value (compared in constant time). */
    public boolean sameAs(Secret other) {
        return MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return MASK;
    }
}
