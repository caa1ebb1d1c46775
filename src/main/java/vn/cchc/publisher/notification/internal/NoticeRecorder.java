package vn.cchc.publisher.notification.internal;

import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores notices, in the caller's transaction when there is one (a publishing event), else in its own,
 * and announces each new one so that it is e-mailed after the commit.
 */
@Component
class NoticeRecorder {

    private final NotificationStore store;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeRecorder(
            NotificationStore store, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** @return true if the notice is new */
    boolean record(Notice notice) {
        Boolean stored = transaction.execute(status -> {
            OptionalLong id = store.insert(notice, clock.instant());
            id.ifPresent(value -> events.publishEvent(new NoticeStored(value)));
            return id.isPresent();
        });
        return Boolean.TRUE.equals(stored);
    }
}
