package vn.cchc.publisher.notification.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails a new notice once the transaction that stored it has committed (at once when there was none),
 * so a rolled-back change sends nothing and a slow or failing mail server never holds or breaks the
 * publishing transaction.
 */
@Component
class MailAfterCommit {

    private final NoticeMailer mailer;

    MailAfterCommit(NoticeMailer mailer) {
        this.mailer = mailer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NoticeStored event) {
        mailer.send(event.id());
    }
}
