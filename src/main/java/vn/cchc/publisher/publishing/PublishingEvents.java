package vn.cchc.publisher.publishing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Channel;

/**
 * The events the publishing module publishes (Spring application events), for the audit ledger, the
 * notifications and the verification to listen to. Every event names the unit, the actor ({@code
 * system} for the scheduler) and when it happened.
 */
public final class PublishingEvents {

    private PublishingEvents() {}

    /**
     * A content item was queued on a channel.
     *
     * @param publicationId the publication
     * @param unit the unit key
     * @param contentFile the article file, relative to the content directory
     * @param contentHash the revision queued
     * @param channel the channel
     * @param plannedAt when it is to go out
     */
    public record Queued(
            long publicationId,
            String unit,
            String contentFile,
            String contentHash,
            Channel channel,
            Instant plannedAt,
            String actor,
            Instant at) {}

    /** A queued publication waits for a user with the approver role. */
    public record ApprovalRequested(
            long publicationId, String unit, String title, Channel channel, String actor, Instant at) {}

    /** An approver approved ({@code approved} true) or rejected a publication, with an optional comment. */
    public record Decided(
            long publicationId,
            String unit,
            String contentHash,
            boolean approved,
            @Nullable String comment,
            String actor,
            Instant at) {}

    /** An attempt to publish is about to be sent (written before the HTTP call). */
    public record AttemptStarted(long publicationId, String unit, Channel channel, int attempt, Instant at) {}

    /** A publication reached its channel. */
    public record Published(
            long publicationId,
            String unit,
            String contentFile,
            String contentHash,
            Channel channel,
            String remoteId,
            String url,
            boolean update,
            Instant at) {}

    /** A transient failure: the publication will be tried again at {@code retryAt}. */
    public record RetryScheduled(
            long publicationId, String unit, Channel channel, String reasonEn, Instant retryAt, Instant at) {}

    /** A permanent failure: the officer must act. */
    public record NeedsAttention(
            long publicationId,
            String unit,
            String title,
            Channel channel,
            String reasonVi,
            String reasonEn,
            Instant at) {}

    /**
     * A post that a check after publishing had found gone or changed passes its checks again: the
     * publication is verified again.
     *
     * @param previousReasonEn why it had been flagged, in English; null if unknown
     */
    public record Recovered(
            long publicationId,
            String unit,
            String title,
            Channel channel,
            @Nullable String previousReasonEn,
            Instant at) {}

    /** A publication was cancelled or its post taken down. */
    public record Withdrawn(
            long publicationId, String unit, Channel channel, boolean unpublished, String actor, Instant at) {}

    /** A calendar slot had nothing ready when the monthly publication ran. */
    public record GapRecorded(String slotId, String unit, String task, LocalDate due, Instant at) {}
}
