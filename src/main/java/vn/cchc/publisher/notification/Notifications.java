package vn.cchc.publisher.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The notices kept in the application, for the web UI to show. */
public interface Notifications {

    /**
     * The notices for {@code role}, newest first.
     *
     * @param unit a unit key to keep that unit's notices and those about the whole service; null for all
     * @param unreadOnly true to leave out the notices already read
     */
    List<Notification> list(Role role, @Nullable String unit, boolean unreadOnly);

    /**
     * Marks a notice read; a notice already read keeps its first reading time.
     *
     * @return false if there is no notice {@code id}
     */
    boolean markRead(long id);
}
