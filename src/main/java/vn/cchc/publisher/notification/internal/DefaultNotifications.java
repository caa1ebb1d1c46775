package vn.cchc.publisher.notification.internal;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.cchc.publisher.notification.Notification;
import vn.cchc.publisher.notification.Notifications;
import vn.cchc.publisher.notification.Role;

/** The notices in the database. */
@Service
class DefaultNotifications implements Notifications {

    private final NotificationStore store;
    private final Clock clock;

    DefaultNotifications(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Notification> list(Role role, @Nullable String unit, boolean unreadOnly) {
        return store.list(role, unit, unreadOnly);
    }

    @Override
    public boolean markRead(long id) {
        return store.markRead(id, clock.instant());
    }
}
