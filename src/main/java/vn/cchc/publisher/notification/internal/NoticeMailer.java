package vn.cchc.publisher.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.notification.Notification;
import vn.cchc.publisher.notification.Role;

/**
 * E-mails notices to the addresses of their role when SMTP is configured (Spring Boot makes a
 * {@link JavaMailSender} when {@code spring.mail.host} is set); without it, does nothing. A notice is
 * marked e-mailed only once the server took it; a failure is logged and the notice is tried again by
 * {@link #sweep}. Nothing here ever throws.
 */
@Component
class NoticeMailer {

    /** Notices older than this are not e-mailed any more: they would be news to nobody. */
    static final Duration SWEEP_WINDOW = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final @Nullable JavaMailSender sender;
    private final NotificationStore store;
    private final NotificationProperties settings;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    NoticeMailer(
            ObjectProvider<JavaMailSender> sender,
            NotificationStore store,
            NotificationProperties settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.sender = sender.getIfAvailable();
        this.store = store;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    boolean enabled() {
        return sender != null;
    }

    /**
     * Sends notice {@code id} unless it was sent already. Runs after the storing transaction committed,
     * so the database work is done in transactions of its own.
     *
     * @return true if it was sent now
     */
    boolean send(long id) {
        JavaMailSender mail = sender;
        if (mail == null) {
            return false;
        }
        try {
            Optional<Notification> found =
                    ownTransaction.execute(status -> store.emailed(id) ? Optional.empty() : store.find(id));
            if (found == null || found.isEmpty()) {
                return false;
            }
            Notification notice = found.get();
            List<String> to = recipients(notice.role());
            if (!to.isEmpty()) {
                mail.send(message(mail, notice, to));
                log.info(
                        "notice {} e-mailed to {} {}(s)",
                        id,
                        to.size(),
                        notice.role().id());
            } else {
                log.info(
                        "notice {} not e-mailed: no address for the {}s",
                        id,
                        notice.role().id());
            }
            ownTransaction.executeWithoutResult(status -> store.markEmailed(id, clock.instant()));
            return !to.isEmpty();
        } catch (MessagingException | RuntimeException e) {
            log.warn("notice {} could not be e-mailed; it is tried again later: {}", id, e.toString());
            return false;
        }
    }

    /** Sends the notices of the last days that are not sent yet. */
    int sweep(Instant now) {
        if (sender == null) {
            return 0;
        }
        List<Long> unsent;
        try {
            unsent = store.unsent(now.minus(SWEEP_WINDOW), 100);
        } catch (RuntimeException e) {
            log.warn("unsent notices could not be read: {}", e.toString());
            return 0;
        }
        int sent = 0;
        for (long id : unsent) {
            if (send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender mail, Notification notice, List<String> to) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        String from = settings.email().from();
        if (from != null && !from.isBlank()) {
            helper.setFrom(from);
        }
        helper.setTo(to.toArray(String[]::new));
        helper.setSubject("[CCHC] " + notice.titleVi());
        helper.setText(notice.bodyVi() + "\n\n-- \nThông báo tự động của CCHC publisher.");
        return message;
    }

    private List<String> recipients(Role role) {
        return switch (role) {
            case APPROVER -> settings.email().approvers();
            case OFFICER -> settings.email().officers();
        };
    }
}
