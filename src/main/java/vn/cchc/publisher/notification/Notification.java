package vn.cchc.publisher.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One notice, as the application shows it.
 *
 * @param id the notice
 * @param unit the unit it concerns; null when it concerns the whole service (a channel's token)
 * @param role who it is for
 * @param kind what happened: {@code approval-requested}, {@code needs-attention}, {@code gap-warning},
 *     {@code gap-recorded}, {@code token-expiring}
 * @param titleVi the title, in Vietnamese
 * @param bodyVi the text, in Vietnamese
 * @param subject what it is about: {@code publication:12}, a slot id, {@code channel:zalo}
 * @param createdAt when it was made
 * @param readAt when it was marked read; null while unread
 */
public record Notification(
        long id,
        @Nullable String unit,
        Role role,
        String kind,
        String titleVi,
        String bodyVi,
        String subject,
        Instant createdAt,
        @Nullable Instant readAt) {}
