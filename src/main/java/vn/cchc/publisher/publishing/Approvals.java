package vn.cchc.publisher.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Channel;

/**
 * The officer's and the approver's actions on the queue. Every action records who did it and when, and
 * publishes the matching {@link PublishingEvents} event. A refused action throws
 * {@link PublishingException} with a reason in Vietnamese.
 */
public interface Approvals {

    /**
     * Queues the ready article {@code contentFile} (relative to the content directory) on each of
     * {@code channels} at {@code plannedAt}. A publication that already exists for the item and channel is
     * returned as it is unless it was rejected or cancelled, in which case it is queued again. Where the
     * article's plan target needs no approval, the publication is approved at once.
     *
     * @param unit the unit key; null for the plan's unit of the article's target, else the configured one
     */
    List<PublicationView> queue(
            @Nullable String unit, String contentFile, Set<Channel> channels, Instant plannedAt, String actor);

    /**
     * Approves a queued publication for its current content revision.
     *
     * @throws PublishingException if it is not queued, or {@code actor} queued it and self-approval is off
     */
    PublicationView approve(long id, String actor, @Nullable String comment);

    /** Rejects a queued publication: it goes back to the officer with {@code comment} (required). */
    PublicationView reject(long id, String actor, String comment);

    /** Cancels a publication that has not been sent (or waits for attention). */
    PublicationView cancel(long id, String actor);

    /** Sends a publication that needs attention again, now. */
    PublicationView retry(long id, String actor);
}
