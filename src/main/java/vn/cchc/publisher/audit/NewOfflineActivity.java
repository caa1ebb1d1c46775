package vn.cchc.publisher.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An offline activity to record.
 *
 * @param unit the unit key
 * @param date the day it took place; not in the future
 * @param target the plan target it counts for
 * @param kind what it was
 * @param description what happened (at most 2,000 characters)
 * @param attachment a photo, minutes or list of participants to keep with it (at most 20 MiB); null if none
 * @param recordedBy who records it
 */
public record NewOfflineActivity(
        String unit,
        LocalDate date,
        String target,
        ActivityKind kind,
        String description,
        @Nullable Path attachment,
        String recordedBy) {}
