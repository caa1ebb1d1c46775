package vn.cchc.publisher.publishing.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How re-verification runs ({@code cchc.verification.reverify.*}; its schedule is read by the scheduling
 * package from the same prefix).
 *
 * @param concurrency posts checked at once, on different hosts (at most one at a time per host)
 * @param hostPause the least time between the end of one visit to a host and the start of the next
 * @param retryDelay how long after a failed visit a post that could not be reached is tried again, later
 *     in the same run
 * @param unreachableRuns in how many runs in a row a post must be unreachable before it is flagged
 * @param probeTimeout how long the built-in local site has to answer before its pages are left unchecked
 * @param zone the time zone in which "this year" is read
 */
@ConfigurationProperties("cchc.verification.reverify")
record ReverifyProperties(
        @DefaultValue("4") int concurrency,
        @DefaultValue("2s") Duration hostPause,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("2") int unreachableRuns,
        @DefaultValue("3s") Duration probeTimeout,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

    ReverifyProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException(
                    "cchc.verification.reverify.concurrency must be at least 1, not " + concurrency);
        }
        if (unreachableRuns < 1) {
            throw new IllegalArgumentException(
                    "cchc.verification.reverify.unreachable-runs must be at least 1, not " + unreachableRuns);
        }
        requireNotNegative("host-pause", hostPause);
        requireNotNegative("retry-delay", retryDelay);
        requireNotNegative("probe-timeout", probeTimeout);
    }

    /** The defaults, for tests. */
    static ReverifyProperties defaults() {
        return new ReverifyProperties(
                4,
                Duration.ofSeconds(2),
                Duration.ofSeconds(30),
                2,
                Duration.ofSeconds(3),
                ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** These settings with another politeness, for tests. */
    ReverifyProperties withPoliteness(int concurrency, Duration hostPause, Duration retryDelay) {
        return new ReverifyProperties(concurrency, hostPause, retryDelay, unreachableRuns, probeTimeout, zone);
    }

    private static void requireNotNegative(String key, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("cchc.verification.reverify." + key + " must not be negative");
        }
    }
}
