package vn.cchc.publisher.publishing;

import java.time.Instant;
import java.util.List;

/** Reads what was published, for reports. */
public interface PublishedItems {

    /**
     * The unit's publications that first reached their channel from {@code from} (inclusive) to {@code to}
     * (exclusive), whatever their state now, except those cancelled (withdrawn from the channel); oldest
     * first.
     */
    List<PublishedItem> firstPublished(String unit, Instant from, Instant to);
}
