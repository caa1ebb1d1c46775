package vn.cchc.publisher.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.notification.Notification;
import vn.cchc.publisher.notification.Role;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;

/** Publishing events become notices for the right role, in Vietnamese, once each. */
class PublishingNoticesTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    private final NotificationHarness harness = new NotificationHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void tellsTheApproverWhatWaitsForApproval() {
        harness.publishInTransaction(new PublishingEvents.ApprovalRequested(
                12, "ttyt-mau", "Bộ phận một cửa tiếp nhận hồ sơ trực tuyến", Channel.FACEBOOK, "can.bo", AT));

        assertThat(harness.notifications().list(Role.OFFICER, null, false)).isEmpty();
        List<Notification> notices = harness.notifications().list(Role.APPROVER, "ttyt-mau", true);
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.unit()).isEqualTo("ttyt-mau");
            assertThat(n.kind()).isEqualTo("approval-requested");
            assertThat(n.subject()).isEqualTo("publication:12");
            assertThat(n.titleVi()).isEqualTo("Bài chờ duyệt: Bộ phận một cửa tiếp nhận hồ sơ trực tuyến");
            assertThat(n.bodyVi())
                    .isEqualTo("Bài \"Bộ phận một cửa tiếp nhận hồ sơ trực tuyến\" đang chờ lãnh đạo duyệt trước khi"
                            + " đăng lên Trang Facebook (lượt đăng số 12).");
            assertThat(n.readAt()).isNull();
        });
    }

    @Test
    void tellsTheOfficerWhatNeedsAttentionWithTheVietnameseReason() {
        harness.publishInTransaction(new PublishingEvents.NeedsAttention(
                7,
                "ttyt-mau",
                "Tiêm chủng mở rộng",
                Channel.ZALO,
                "Mã truy cập Zalo không hợp lệ hoặc đã hết hạn.",
                "Zalo access token invalid",
                AT));

        assertThat(harness.notifications().list(Role.APPROVER, null, false)).isEmpty();
        assertThat(harness.notifications().list(Role.OFFICER, "ttyt-mau", false))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo("needs-attention");
                    assertThat(n.titleVi()).isEqualTo("Bài cần xử lý: Tiêm chủng mở rộng");
                    assertThat(n.bodyVi())
                            .isEqualTo("Bài \"Tiêm chủng mở rộng\" chưa đăng được lên Zalo OA (lượt đăng số 7)."
                                    + " Lý do: Mã truy cập Zalo không hợp lệ hoặc đã hết hạn.");
                });
    }

    @Test
    void tellsTheOfficerAboutARecordedGap() {
        harness.publishInTransaction(new PublishingEvents.GapRecorded(
                "ttyt-mau-2026/web-monthly/2026-03", "ttyt-mau", "Đưa tin CCHC", LocalDate.of(2026, 3, 31), AT));

        assertThat(harness.notifications().list(Role.OFFICER, "ttyt-mau", false))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo("gap-recorded");
                    assertThat(n.subject()).isEqualTo("ttyt-mau-2026/web-monthly/2026-03");
                    assertThat(n.titleVi()).isEqualTo("Thiếu bài: Đưa tin CCHC");
                    assertThat(n.bodyVi()).contains("hạn 31/03/2026", "chưa có bài sẵn sàng");
                });
    }

    @Test
    void theSameEventTwiceIsStoredOnce() {
        var event = new PublishingEvents.ApprovalRequested(12, "ttyt-mau", "Bài", Channel.WEBSITE, "can.bo", AT);

        harness.publishInTransaction(event);
        harness.publishInTransaction(event);

        assertThat(harness.count()).isEqualTo(1);
    }

    @Test
    void aNewRequestForTheSamePublicationIsANewNotice() {
        harness.publishInTransaction(
                new PublishingEvents.ApprovalRequested(12, "ttyt-mau", "Bài", Channel.WEBSITE, "can.bo", AT));
        harness.publishInTransaction(new PublishingEvents.ApprovalRequested(
                12, "ttyt-mau", "Bài", Channel.WEBSITE, "can.bo", AT.plusSeconds(3600)));

        assertThat(harness.notifications().list(Role.APPROVER, null, false)).hasSize(2);
    }

    @Test
    void aRolledBackChangeLeavesNoNotice() {
        var tx = harness.context.getBean(org.springframework.transaction.support.TransactionTemplate.class);

        tx.executeWithoutResult(status -> {
            harness.context.publishEvent(
                    new PublishingEvents.ApprovalRequested(12, "ttyt-mau", "Bài", Channel.WEBSITE, "can.bo", AT));
            status.setRollbackOnly();
        });

        assertThat(harness.count()).isZero();
    }

    @Test
    void listsByUnitAndUnreadAndMarksRead() {
        harness.publishInTransaction(
                new PublishingEvents.ApprovalRequested(1, "ttyt-mau", "Một", Channel.WEBSITE, "can.bo", AT));
        harness.publishInTransaction(new PublishingEvents.ApprovalRequested(
                2, "ttyt-khac", "Hai", Channel.WEBSITE, "can.bo", AT.plusSeconds(60)));
        long first = harness.notifications()
                .list(Role.APPROVER, "ttyt-mau", false)
                .get(0)
                .id();

        harness.clock.set("2026-03-02T02:00:00Z");
        assertThat(harness.notifications().markRead(first)).isTrue();
        harness.clock.set("2026-03-02T03:00:00Z");
        assertThat(harness.notifications().markRead(first)).isTrue();
        assertThat(harness.notifications().markRead(999)).isFalse();

        assertThat(harness.notifications().list(Role.APPROVER, "ttyt-mau", true))
                .isEmpty();
        assertThat(harness.notifications().list(Role.APPROVER, "ttyt-mau", false))
                .singleElement()
                .extracting(Notification::readAt)
                .isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(harness.notifications().list(Role.APPROVER, null, true))
                .extracting(Notification::titleVi)
                .containsExactly("Bài chờ duyệt: Hai");
    }
}
