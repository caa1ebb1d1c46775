package vn.cchc.publisher.audit.report;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence: a publication on a channel, or an offline activity.
 *
 * @param date the day it was published or took place, in the unit's time zone
 * @param channel where: the channel's name, or the activity's kind
 * @param title the article's title, or the activity's description
 * @param link the post's URL (else its id on the channel); null for an activity
 * @param verified whether the publication's latest check passed; true for an activity
 * @param verifiedAt when that check was made; null if none
 * @param sha256 SHA-256 of what the check fetched; null if none
 * @param needsAttention whether the publication waits for the officer (a failed check, for instance)
 * @param attachment the activity's attachment, {@code <sha256>.<ext>}; null if none
 */
public record ReportEvidence(
        LocalDate date,
        String channel,
        String title,
        @Nullable String link,
        boolean verified,
        @Nullable Instant verifiedAt,
        @Nullable String sha256,
        boolean needsAttention,
        @Nullable String attachment) {}
