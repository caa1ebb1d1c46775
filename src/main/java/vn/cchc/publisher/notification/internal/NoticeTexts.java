package vn.cchc.publisher.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.notification.Role;
import vn.cchc.publisher.publishing.PublishingEvents;

/** What each notice says, in Vietnamese, and the key that makes it unique. */
final class NoticeTexts {

    static final String APPROVAL_REQUESTED = "approval-requested";
    static final String NEEDS_ATTENTION = "needs-attention";
    static final String GAP_WARNING = "gap-warning";
    static final String GAP_RECORDED = "gap-recorded";
    static final String TOKEN_EXPIRING = "token-expiring";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NoticeTexts() {}

    static Notice approvalRequested(PublishingEvents.ApprovalRequested event) {
        return new Notice(
                event.unit(),
                Role.APPROVER,
                APPROVAL_REQUESTED,
                "Bài chờ duyệt: " + event.title(),
                "Bài \"%s\" đang chờ lãnh đạo duyệt trước khi đăng lên %s (lượt đăng số %d)."
                        .formatted(event.title(), event.channel().title(), event.publicationId()),
                publication(event.publicationId()),
                "approval:" + event.publicationId() + ":" + event.at().toEpochMilli());
    }

    static Notice needsAttention(PublishingEvents.NeedsAttention event) {
        return new Notice(
                event.unit(),
                Role.OFFICER,
                NEEDS_ATTENTION,
                "Bài cần xử lý: " + event.title(),
                "Bài \"%s\" chưa đăng được lên %s (lượt đăng số %d). Lý do: %s"
                        .formatted(event.title(), event.channel().title(), event.publicationId(), event.reasonVi()),
                publication(event.publicationId()),
                "attention:" + event.publicationId() + ":" + event.at().toEpochMilli());
    }

    static Notice gapRecorded(PublishingEvents.GapRecorded event) {
        return new Notice(
                event.unit(),
                Role.OFFICER,
                GAP_RECORDED,
                "Thiếu bài: " + event.task(),
                "Mục \"%s\" (hạn %s) chưa có bài sẵn sàng khi đăng tự động hằng tháng; mục này được ghi là thiếu bài."
                        .formatted(event.task(), DAY.format(event.due())),
                event.slotId(),
                "gap-recorded:" + event.slotId());
    }

    static Notice gapWarning(Calendar calendar, Slot slot, long days) {
        return new Notice(
                calendar.unitKey(),
                Role.OFFICER,
                GAP_WARNING,
                "Sắp đến hạn mà chưa có bài: " + slot.target().task(),
                ("Còn %d ngày nữa (hạn %s) là đến hạn của mục \"%s\" (%s) nhưng chưa có bài nào được xếp vào."
                                + " Vui lòng chuẩn bị bài.")
                        .formatted(days, DAY.format(slot.due()), slot.target().task(), slot.period()),
                slot.id(),
                "gap-warning:" + slot.id() + ":" + days);
    }

    static Notice zaloTokenExpiring(Instant issuedAt, LocalDate expires, long daysLeft) {
        return new Notice(
                null,
                Role.OFFICER,
                TOKEN_EXPIRING,
                "Mã truy cập Zalo OA sắp hết hạn",
                ("Mã làm mới (refresh token) của Zalo OA sẽ hết hạn vào khoảng ngày %s (còn %d ngày). Hãy cấp quyền"
                                + " lại cho ứng dụng Zalo và đặt mã mới vào biến môi trường ZALO_REFRESH_TOKEN.")
                        .formatted(DAY.format(expires), Math.max(daysLeft, 0)),
                "channel:zalo",
                "token:zalo:" + issuedAt.toEpochMilli());
    }

    static Notice facebookTokenExpiring(Instant expiresAt, LocalDate expires, long daysLeft) {
        return new Notice(
                null,
                Role.OFFICER,
                TOKEN_EXPIRING,
                "Mã truy cập Trang Facebook sắp hết hạn",
                ("Mã truy cập Trang Facebook sẽ hết hạn vào ngày %s (còn %d ngày). Hãy tạo mã mới, đặt vào biến"
                                + " môi trường FACEBOOK_PAGE_TOKEN và cập nhật cchc.channels.facebook.token-expires-at.")
                        .formatted(DAY.format(expires), Math.max(daysLeft, 0)),
                "channel:facebook",
                "token:facebook:" + expiresAt.toEpochMilli());
    }

    private static String publication(long id) {
        return "publication:" + id;
    }
}
