package vn.cchc.publisher.notification.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.publisher.notification.Notification;
import vn.cchc.publisher.notification.Role;

/** The {@code notification} table. */
@Repository
class NotificationStore {

    private static final String COLUMNS =
            "id, unit, recipient_role, kind, title_vi, body_vi, subject_ref, created_at, read_at";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores {@code notice} unless one with its dedup key is there; one statement, so it never fails
     * inside the caller's transaction for an already-known notice.
     *
     * @return the new notice's id; empty if it was known
     */
    OptionalLong insert(Notice notice, Instant now) {
        int inserted = jdbc.sql("""
                        insert into notification (unit, recipient_role, kind, title_vi, body_vi, subject_ref,
                            dedup_key, created_at)
                        select ?, ?, ?, ?, ?, ?, ?, ? where not exists
                            (select 1 from notification where dedup_key = ?)""")
                .params(
                        notice.unit(),
                        notice.role().id(),
                        notice.kind(),
                        notice.titleVi(),
                        notice.bodyVi(),
                        notice.subject(),
                        notice.dedupKey(),
                        time(now),
                        notice.dedupKey())
                .update();
        if (inserted == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(jdbc.sql("select id from notification where dedup_key = ?")
                .param(notice.dedupKey())
                .query(Long.class)
                .single());
    }

    List<Notification> list(Role role, @Nullable String unit, boolean unreadOnly) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from notification where recipient_role = ?");
        List<Object> params = new ArrayList<>();
        params.add(role.id());
        if (unit != null) {
            sql.append(" and (unit = ? or unit is null)");
            params.add(unit);
        }
        if (unreadOnly) {
            sql.append(" and read_at is null");
        }
        sql.append(" order by created_at desc, id desc");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(NotificationStore::row)
                .list();
    }

    Optional<Notification> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = ?")
                .param(id)
                .query(NotificationStore::row)
                .optional();
    }

    boolean markRead(long id, Instant now) {
        int found = jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ?")
                .params(time(now), id)
                .update();
        return found == 1;
    }

    /** Notices made since {@code since} that were not e-mailed yet, oldest first. */
    List<Long> unsent(Instant since, int limit) {
        return jdbc.sql("select id from notification where emailed_at is null and created_at >= ?"
                        + " order by created_at, id limit ?")
                .params(time(since), limit)
                .query(Long.class)
                .list();
    }

    /** @return false if it was already marked (another instance sent it) */
    boolean markEmailed(long id, Instant now) {
        return jdbc.sql("update notification set emailed_at = ? where id = ? and emailed_at is null")
                        .params(time(now), id)
                        .update()
                == 1;
    }

    boolean emailed(long id) {
        return jdbc.sql("select count(*) from notification where id = ? and emailed_at is not null")
                        .param(id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static Notification row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new Notification(
                rs.getLong("id"),
                rs.getString("unit"),
                Role.of(rs.getString("recipient_role")),
                rs.getString("kind"),
                rs.getString("title_vi"),
                rs.getString("body_vi"),
                rs.getString("subject_ref"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
