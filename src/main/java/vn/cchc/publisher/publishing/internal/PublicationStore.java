package vn.cchc.publisher.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.shared.Channel;

/**
 * The publication and attempt tables. Every change of state goes through {@link #move}, which checks the
 * move with {@link PublicationStatus#canMoveTo} and makes it only if the row is still in the state the
 * caller saw (a conditional update), so two instances can never both make it. Callers own transactions.
 */
@Repository
class PublicationStore {

    private static final String COLUMNS = "id, unit, content_file, title, channel, content_hash, planned_at, state,"
            + " approval_required, queued_by, decided_by, decision_comment, remote_id, remote_url, attempts,"
            + " next_attempt_at, last_error_vi, last_error_en, updated_at";

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new row; returns its id. */
    long insert(NewPublication p) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into publication (unit, content_file, channel, title, content_hash, planned_at, state,"
                        + " approval_required, approved_hash, queued_by, queued_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        p.unit(),
                        p.contentFile(),
                        p.channel().id(),
                        p.title(),
                        p.contentHash(),
                        time(p.plannedAt()),
                        p.state().id(),
                        p.approvalRequired(),
                        p.state() == PublicationStatus.APPROVED ? p.contentHash() : null,
                        p.actor(),
                        time(p.at()),
                        time(p.at()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<PublicationView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from publication where id = ?")
                .param(id)
                .query(PublicationStore::row)
                .optional();
    }

    Optional<PublicationView> find(String unit, String contentFile, Channel channel) {
        return jdbc.sql("select " + COLUMNS + " from publication where unit = ? and content_file = ? and channel = ?")
                .params(unit, contentFile, channel.id())
                .query(PublicationStore::row)
                .optional();
    }

    List<PublicationView> list(@Nullable PublicationStatus state) {
        String where = state == null ? "" : " where state = '" + state.id() + "'";
        return jdbc.sql("select " + COLUMNS + " from publication" + where + " order by planned_at, id")
                .query(PublicationStore::row)
                .list();
    }

    List<PublicationView> inStates(List<PublicationStatus> states) {
        return jdbc.sql("select " + COLUMNS + " from publication where state in (" + ids(states) + ") order by id")
                .query(PublicationStore::row)
                .list();
    }

    List<PublicationView> byFile(String contentFile) {
        return jdbc.sql("select " + COLUMNS + " from publication where content_file = ?")
                .param(contentFile)
                .query(PublicationStore::row)
                .list();
    }

    /** Approved or retrying publications due at {@code now}, planned earliest first. */
    List<PublicationView> due(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from publication where state in ('approved', 'retrying')"
                        + " and planned_at <= ? and (next_attempt_at is null or next_attempt_at <= ?)"
                        + " order by planned_at, id limit ?")
                .params(time(now), time(now), limit)
                .query(PublicationStore::row)
                .list();
    }

    /** The number of publications in each state that has any. */
    Map<PublicationStatus, Long> countByState() {
        Map<PublicationStatus, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select state, count(*) as n from publication group by state")
                .query((rs, rowNum) -> Map.entry(rs.getString("state"), rs.getLong("n")))
                .list()
                .forEach(row ->
                        PublicationStatus.byId(row.getKey()).ifPresent(state -> counts.put(state, row.getValue())));
        return counts;
    }

    /**
     * Since when the publication that has waited longest has been waiting at {@code now}: a queued one since
     * it was queued (for an approver), an approved one since its planned time, a retrying one since its next
     * attempt time, once those times have come; null when nothing waits.
     */
    @Nullable
    Instant oldestWaiting(Instant now) {
        return jdbc.sql("select min(since) as since from ("
                        + " select queued_at as since from publication where state = 'queued'"
                        + " union all select planned_at from publication where state = 'approved' and planned_at <= ?"
                        + " union all select next_attempt_at from publication where state = 'retrying'"
                        + " and next_attempt_at <= ?) waiting")
                .params(time(now), time(now))
                .query((rs, rowNum) -> Optional.ofNullable(instant(rs, "since")))
                .single()
                .orElse(null);
    }

    /** Publications claimed before {@code cutoff} and never finished. */
    List<PublicationView> stale(Instant cutoff) {
        return jdbc.sql("select " + COLUMNS + " from publication where state = 'publishing' and claimed_at < ?"
                        + " order by id")
                .param(time(cutoff))
                .query(PublicationStore::row)
                .list();
    }

    /**
     * Claims a due publication for {@code instance}: an atomic conditional update, so of two instances
     * only one gets the row. Counts the attempt.
     */
    boolean claim(long id, String instance, Instant now) {
        return jdbc.sql("update publication set state = 'publishing', claimed_by = ?, claimed_at = ?,"
                                + " attempts = attempts + 1, updated_at = ? where id = ?"
                                + " and state in ('approved', 'retrying')"
                                + " and (next_attempt_at is null or next_attempt_at <= ?)")
                        .params(instance, time(now), time(now), id, time(now))
                        .update()
                == 1;
    }

    /** Takes over a stale claim (for recovery); false if another instance took it first. */
    boolean reclaim(long id, String instance, Instant cutoff, Instant now) {
        return jdbc.sql("update publication set claimed_by = ?, claimed_at = ?, updated_at = ?"
                                + " where id = ? and state = 'publishing' and claimed_at < ?")
                        .params(instance, time(now), time(now), id, time(cutoff))
                        .update()
                == 1;
    }

    /**
     * Moves a publication from {@code from} to {@code to} and sets {@code columns}, if it is still in
     * {@code from} (and, when {@code claimedBy} is given, still claimed by that instance).
     *
     * A move to the same state only changes the columns.
     *
     * @throws IllegalStateException if the move is not allowed
     */
    boolean move(
            long id,
            PublicationStatus from,
            PublicationStatus to,
            Instant now,
            Map<String, @Nullable Object> columns,
            @Nullable String claimedBy) {
        if (from != to && !from.canMoveTo(to)) {
            throw new IllegalStateException("publication " + id + ": no move from " + from.id() + " to " + to.id());
        }
        Map<String, @Nullable Object> sets = new LinkedHashMap<>();
        sets.put("state", to.id());
        sets.put("updated_at", now);
        sets.putAll(columns);
        if (to != PublicationStatus.PUBLISHING) {
            sets.putIfAbsent("claimed_by", null);
            sets.putIfAbsent("claimed_at", null);
        }
        if (from != to) {
            // what re-verification knew of the post holds for the state it found it in, no other
            sets.putIfAbsent("check_strikes", 0);
            sets.putIfAbsent("check_flagged_at", null);
        }
        String assignments = sets.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        JdbcClient.StatementSpec statement = jdbc.sql("update publication set " + assignments
                        + " where id = :id and state = :from" + (claimedBy == null ? "" : " and claimed_by = :owner"))
                .param("id", id)
                .param("from", from.id());
        for (Map.Entry<String, @Nullable Object> set : sets.entrySet()) {
            Object value = set.getValue() instanceof Instant instant ? time(instant) : set.getValue();
            statement = statement.param(set.getKey(), value);
        }
        if (claimedBy != null) {
            statement = statement.param("owner", claimedBy);
        }
        return statement.update() == 1;
    }

    /**
     * What re-verification looks at: publications published in {@code [from, to)} that are published or
     * verified, or that a check flagged (needs attention with {@code check_flagged_at} set), oldest first.
     */
    List<Checked> checkable(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + ", check_strikes, check_flagged_at from publication"
                        + " where published_at >= ? and published_at < ? and remote_url is not null"
                        + " and (state in ('published', 'verified')"
                        + " or (state = 'needs_attention' and check_flagged_at is not null))"
                        + " order by published_at, id")
                .params(time(from), time(to))
                .query((rs, n) -> new Checked(row(rs, n), rs.getInt("check_strikes"), instant(rs, "check_flagged_at")))
                .list();
    }

    /** Sets the count of runs in a row the post could not be reached, if it is still in {@code state}. */
    boolean strikes(long id, PublicationStatus state, int strikes) {
        return jdbc.sql("update publication set check_strikes = ? where id = ? and state = ?")
                        .params(strikes, id, state.id())
                        .update()
                == 1;
    }

    /** Whether a check after publishing flagged a publication of this content item (gone or changed). */
    boolean flagged(String contentFile) {
        return jdbc.sql("select count(*) from publication where content_file = ? and state = 'needs_attention'"
                                + " and check_flagged_at is not null")
                        .param(contentFile)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * A publication as re-verification sees it.
     *
     * @param view the publication
     * @param strikes runs in a row in which the post could not be reached
     * @param flaggedAt when a check flagged it; null if none did
     */
    record Checked(
            PublicationView view, int strikes, @Nullable Instant flaggedAt) {}

    /** Records an attempt before the call is sent; returns its number. */
    int startAttempt(long id, String operation, String instance, Instant now) {
        Integer last = jdbc.sql("select max(number) from publication_attempt where publication_id = ?")
                .param(id)
                .query(Integer.class)
                .optional()
                .orElse(0);
        int number = last + 1;
        jdbc.sql("insert into publication_attempt (publication_id, number, operation, instance, started_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(id, number, operation, instance, time(now))
                .update();
        return number;
    }

    /** Finishes every open attempt of the publication with the outcome. */
    void finishAttempts(long id, String outcome, @Nullable String detail, Instant now) {
        jdbc.sql("update publication_attempt set finished_at = ?, outcome = ?, detail = ?"
                        + " where publication_id = ? and finished_at is null")
                .params(time(now), outcome, detail == null ? null : truncate(detail), id)
                .update();
    }

    List<Attempt> attempts(long id) {
        return jdbc.sql("select number, operation, outcome from publication_attempt where publication_id = ?"
                        + " order by number")
                .param(id)
                .query((rs, n) -> new Attempt(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Records a gap once; false if it was recorded before. */
    boolean recordGap(String slotId, String unit, Instant now) {
        boolean known = jdbc.sql("select count(*) from publication_gap where slot_id = ?")
                        .param(slotId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (known) {
            return false;
        }
        jdbc.sql("insert into publication_gap (slot_id, unit, recorded_at) values (?, ?, ?)")
                .params(slotId, unit, time(now))
                .update();
        return true;
    }

    /** One attempt, for tests and the listing. */
    record Attempt(int number, String operation, @Nullable String outcome) {}

    /** What {@link #insert} stores. */
    record NewPublication(
            String unit,
            String contentFile,
            Channel channel,
            String title,
            String contentHash,
            Instant plannedAt,
            PublicationStatus state,
            boolean approvalRequired,
            String actor,
            Instant at) {}

    /**
     * A time as the database keeps it: to the microsecond (H2 and PostgreSQL both round anything finer, so
     * a publication planned at {@code now} with nanoseconds could be stored after {@code now} and not be due).
     */
    static OffsetDateTime time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private static String ids(List<PublicationStatus> states) {
        return states.stream().map(s -> "'" + s.id() + "'").collect(Collectors.joining(", "));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static PublicationView row(ResultSet rs, int rowNum) throws SQLException {
        return new PublicationView(
                rs.getLong("id"),
                rs.getString("unit"),
                rs.getString("content_file"),
                rs.getString("title"),
                Channel.byId(rs.getString("channel")).orElseThrow(),
                rs.getString("content_hash"),
                java.util.Objects.requireNonNull(instant(rs, "planned_at")),
                PublicationStatus.byId(rs.getString("state")).orElseThrow(),
                rs.getBoolean("approval_required"),
                rs.getString("queued_by"),
                rs.getString("decided_by"),
                rs.getString("decision_comment"),
                rs.getString("remote_id"),
                rs.getString("remote_url"),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("last_error_vi"),
                rs.getString("last_error_en"),
                java.util.Objects.requireNonNull(instant(rs, "updated_at")));
    }
}
