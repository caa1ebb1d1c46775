package vn.cchc.publisher.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.notification.Notification;
import vn.cchc.publisher.notification.Role;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;

/** Notices by e-mail, against an in-process SMTP server. */
class NoticeMailerTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final Map<String, String> ADDRESSES = Map.of(
            "cchc.notifications.email.from", "cchc@ttyt-mau.gov.vn",
            "cchc.notifications.email.approvers[0]", "lanh.dao@ttyt-mau.gov.vn",
            "cchc.notifications.email.officers[0]", "can.bo@ttyt-mau.gov.vn",
            "cchc.notifications.email.officers[1]", "van.thu@ttyt-mau.gov.vn");

    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private NotificationHarness harness;

    private NotificationHarness withSmtp(int port) {
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        harness = new NotificationHarness(ADDRESSES, sender);
        return harness;
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private static PublishingEvents.NeedsAttention needsAttention() {
        return new PublishingEvents.NeedsAttention(
                7,
                "ttyt-mau",
                "Tiêm chủng mở rộng đợt 1",
                Channel.ZALO,
                "Mã truy cập Zalo không hợp lệ hoặc đã hết hạn.",
                "Zalo access token invalid",
                AT);
    }

    @Test
    void emailsANoticeToTheAddressesOfItsRoleInUtf8AfterTheCommit() throws Exception {
        withSmtp(smtp.getSmtp().getPort());

        harness.publishInTransaction(needsAttention());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient
        MimeMessage message = received[0];
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("can.bo@ttyt-mau.gov.vn", "van.thu@ttyt-mau.gov.vn");
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("cchc@ttyt-mau.gov.vn");
        assertThat(message.getSubject()).isEqualTo("[CCHC] Bài cần xử lý: Tiêm chủng mở rộng đợt 1");
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) message.getContent())
                .contains("Lý do: Mã truy cập Zalo không hợp lệ hoặc đã hết hạn.")
                .startsWith("Bài \"Tiêm chủng mở rộng đợt 1\" chưa đăng được lên Zalo OA");
        assertThat(new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Tiêm chủng mở rộng");
        long id = harness.notifications().list(Role.OFFICER, null, false).get(0).id();
        assertThat(harness.store().emailed(id)).isTrue();
    }

    @Test
    void theApproverGetsTheApprovalRequests() throws Exception {
        withSmtp(smtp.getSmtp().getPort());

        harness.publishInTransaction(
                new PublishingEvents.ApprovalRequested(12, "ttyt-mau", "Một cửa", Channel.WEBSITE, "can.bo", AT));

        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("lanh.dao@ttyt-mau.gov.vn");
            assertThat(m.getSubject()).isEqualTo("[CCHC] Bài chờ duyệt: Một cửa");
        });
    }

    @Test
    void sendsNothingWhenTheChangeIsRolledBack() {
        withSmtp(smtp.getSmtp().getPort());

        harness.context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            harness.context.publishEvent(needsAttention());
            status.setRollbackOnly();
        });

        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFailingMailServerNeverBreaksPublishingAndTheSweepSendsLater() throws Exception {
        withSmtp(closedPort());

        assertThatCode(() -> harness.publishInTransaction(needsAttention())).doesNotThrowAnyException();

        Notification stored =
                harness.notifications().list(Role.OFFICER, "ttyt-mau", false).get(0);
        assertThat(harness.store().emailed(stored.id())).isFalse();
        assertThat(harness.mailer().sweep(AT)).isZero();

        sender.setPort(smtp.getSmtp().getPort());
        assertThat(harness.mailer().sweep(AT)).isEqualTo(1);
        assertThat(harness.mailer().sweep(AT)).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(harness.store().emailed(stored.id())).isTrue();
    }

    @Test
    void theSweepLeavesOldNoticesAlone() throws Exception {
        withSmtp(closedPort());
        harness.publishInTransaction(needsAttention());
        sender.setPort(smtp.getSmtp().getPort());

        assertThat(harness.mailer().sweep(harness.clock.instant().plus(NoticeMailer.SWEEP_WINDOW.plusDays(1))))
                .isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutSmtpTheNoticeStaysInTheApplicationOnly() {
        harness = new NotificationHarness(ADDRESSES, null);

        harness.publishInTransaction(needsAttention());

        assertThat(harness.mailer().enabled()).isFalse();
        assertThat(harness.notifications().list(Role.OFFICER, null, true)).hasSize(1);
        assertThat(harness.mailer().sweep(AT)).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
