package vn.cchc.publisher.publishing.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the publishing module ({@code cchc.publishing.*}).
 *
 * @param concurrency publications sent at once, in all
 * @param channelConcurrency publications sent at once to one channel
 * @param claimTimeout a publication left in {@code publishing} longer is reconciled with its channel
 * @param initialBackoff the wait after the first transient failure, doubled after each further one
 * @param maxBackoff the longest wait between attempts
 * @param maxAttempts attempts before a publication waits for the officer
 * @param allowSelfApproval whether an approver may approve what they queued themselves
 * @param autoApproveEmbedded whether the start-up publication to the built-in site skips approval
 * @param unit the unit key of publications whose article names no plan target
 * @param batchSize publications claimed at once by one instance
 */
@Validated
@ConfigurationProperties("cchc.publishing")
record PublishingProperties(
        @DefaultValue("8") int concurrency,
        @DefaultValue("4") int channelConcurrency,
        @DefaultValue("10m") Duration claimTimeout,
        @DefaultValue("1m") Duration initialBackoff,
        @DefaultValue("6h") Duration maxBackoff,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("false") boolean allowSelfApproval,
        @DefaultValue("true") boolean autoApproveEmbedded,
        @DefaultValue("default") String unit,
        @DefaultValue("200") int batchSize) {

    PublishingProperties {
        if (concurrency < 1 || channelConcurrency < 1 || maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException(
                    "cchc.publishing: concurrency, channel-concurrency, max-attempts and batch-size must be at least 1");
        }
    }

    /** The defaults, for tests. */
    static PublishingProperties defaults() {
        return new PublishingProperties(
                8,
                4,
                Duration.ofMinutes(10),
                Duration.ofMinutes(1),
                Duration.ofHours(6),
                10,
                false,
                true,
                "default",
                200);
    }
}
