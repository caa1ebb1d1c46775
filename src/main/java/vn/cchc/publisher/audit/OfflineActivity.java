package vn.cchc.publisher.audit;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An offline activity as recorded.
 *
 * @param id its number
 * @param unit the unit key
 * @param date the day it took place
 * @param target the plan target it counts for
 * @param kind what it was
 * @param description what happened, where, for whom
 * @param attachment the stored attachment, {@code <sha256>.<ext>} under the attachments directory; null if none
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded
 */
public record OfflineActivity(
        long id,
        String unit,
        LocalDate date,
        String target,
        ActivityKind kind,
        String description,
        @Nullable String attachment,
        String recordedBy,
        Instant recordedAt) {}
