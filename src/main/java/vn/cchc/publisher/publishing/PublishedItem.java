package vn.cchc.publisher.publishing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Channel;

/**
 * A publication that reached its channel, for reports.
 *
 * @param id the publication's number
 * @param unit the unit key
 * @param contentFile the article file, relative to the content directory
 * @param title the article's title when it was last queued
 * @param channel the channel
 * @param state where it stands now (an update may be waiting, or a check after publishing may have failed)
 * @param remoteId the channel's id of the post; null if the channel gave none
 * @param url the public URL of the post; null if the channel gave none
 * @param firstPublishedAt when it first reached the channel
 * @param lastPublishedAt when it last reached the channel (an update publishes again)
 */
public record PublishedItem(
        long id,
        String unit,
        String contentFile,
        String title,
        Channel channel,
        PublicationStatus state,
        @Nullable String remoteId,
        @Nullable String url,
        Instant firstPublishedAt,
        Instant lastPublishedAt) {}
