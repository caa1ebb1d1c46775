package vn.cchc.publisher.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublishedItem;
import vn.cchc.publisher.publishing.PublishedItems;
import vn.cchc.publisher.shared.Channel;

/**
 * What was published, from the publication table. The first time a publication reached its channel is its
 * first successful attempt ({@code published}, {@code already_exists}, {@code found_after_crash}); a row
 * without attempts (written by hand or by an older version) counts from its {@code published_at}.
 */
@Component
class JdbcPublishedItems implements PublishedItems {

    private final JdbcClient jdbc;

    JdbcPublishedItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublishedItem> firstPublished(String unit, Instant from, Instant to) {
        return jdbc
                .sql("select p.id, p.unit, p.content_file, p.title, p.channel, p.state, p.remote_id, p.remote_url,"
                        + " p.published_at, (select min(a.finished_at) from publication_attempt a"
                        + " where a.publication_id = p.id"
                        + " and a.outcome in ('published', 'already_exists', 'found_after_crash')) as first_at"
                        + " from publication p where p.unit = ? and p.published_at is not null"
                        + " and p.state <> 'cancelled'")
                .param(unit)
                .query(JdbcPublishedItems::row)
                .list()
                .stream()
                .filter(p -> !p.firstPublishedAt().isBefore(from)
                        && p.firstPublishedAt().isBefore(to))
                .sorted(Comparator.comparing(PublishedItem::firstPublishedAt).thenComparing(PublishedItem::id))
                .toList();
    }

    private static PublishedItem row(ResultSet rs, int rowNum) throws SQLException {
        Instant last = Objects.requireNonNull(rs.getObject("published_at", OffsetDateTime.class))
                .toInstant();
        OffsetDateTime first = rs.getObject("first_at", OffsetDateTime.class);
        return new PublishedItem(
                rs.getLong("id"),
                rs.getString("unit"),
                rs.getString("content_file"),
                rs.getString("title"),
                Channel.byId(rs.getString("channel")).orElseThrow(),
                PublicationStatus.byId(rs.getString("state")).orElseThrow(),
                rs.getString("remote_id"),
                rs.getString("remote_url"),
                first == null || first.toInstant().isAfter(last) ? last : first.toInstant(),
                last);
    }
}
