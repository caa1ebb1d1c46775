package vn.cchc.publisher.publishing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Channel;

/**
 * A publication as stored: one content item on one channel for one unit.
 *
 * @param id the publication's number
 * @param unit the unit key
 * @param contentFile the article file, relative to the content directory
 * @param title the article's title when it was last queued
 * @param channel the channel
 * @param contentHash the content revision to publish
 * @param plannedAt the earliest time it goes out
 * @param state where it stands
 * @param approvalRequired whether an approver must approve it
 * @param queuedBy who queued it ({@code system} for the scheduler)
 * @param decidedBy who approved or rejected it last; null if nobody did
 * @param decisionComment the approver's comment; null if none
 * @param remoteId the channel's id of the post; null until it was published once
 * @param url the public URL of the post; null until known
 * @param attempts how many times it was sent
 * @param nextAttemptAt when a retrying publication is tried again; null otherwise
 * @param lastErrorVi the last failure or notice, in Vietnamese; null if none
 * @param lastErrorEn the same in English; null if none
 * @param updatedAt when it last changed
 */
public record PublicationView(
        long id,
        String unit,
        String contentFile,
        String title,
        Channel channel,
        String contentHash,
        Instant plannedAt,
        PublicationStatus state,
        boolean approvalRequired,
        String queuedBy,
        @Nullable String decidedBy,
        @Nullable String decisionComment,
        @Nullable String remoteId,
        @Nullable String url,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable String lastErrorVi,
        @Nullable String lastErrorEn,
        Instant updatedAt) {}
