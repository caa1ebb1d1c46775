package vn.cchc.publisher.verification;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.channel.ChannelAdapter;

/**
 * A Facebook or Zalo post to read back.
 *
 * @param publicationId the publication it belongs to; null for a check run by hand
 * @param unit the unit key
 * @param adapter the channel's adapter
 * @param remoteId the channel's id of the post
 * @param expectedText a text the post must contain (the title or the start of the message), compared
 *     NFC-normalised with whitespace collapsed; null to skip that check
 */
public record ReadBackRequest(
        @Nullable Long publicationId,
        String unit,
        ChannelAdapter<?> adapter,
        String remoteId,
        @Nullable String expectedText) {

    public ReadBackRequest {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(remoteId, "remoteId");
    }
}
