package vn.cchc.publisher.verification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.verification.VerificationHistory;
import vn.cchc.publisher.verification.VerificationRecord;

/** Past verifications from table {@code verification}, read in chunks of ids. */
@Component
class JdbcVerificationHistory implements VerificationHistory {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    JdbcVerificationHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, VerificationRecord> latest(Collection<Long> publicationIds) {
        List<Long> ids = publicationIds.stream().distinct().toList();
        Map<Long, VerificationRecord> latest = new HashMap<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            String in = chunk.stream().map(id -> "?").collect(Collectors.joining(", "));
            jdbc.sql("select id, publication_id, unit, kind, url, final_url, passed, http_status, fetched_at, sha256"
                            + " from verification where publication_id in (" + in + ") order by fetched_at, id")
                    .params(chunk.toArray())
                    .query(JdbcVerificationHistory::row)
                    .list()
                    .forEach(r -> latest.put(Objects.requireNonNull(r.publicationId()), r));
        }
        return latest;
    }

    private static VerificationRecord row(ResultSet rs, int rowNum) throws SQLException {
        Long publication = rs.getObject("publication_id", Long.class);
        Integer status = rs.getObject("http_status", Integer.class);
        String sha = rs.getString("sha256");
        return new VerificationRecord(
                rs.getLong("id"),
                publication,
                rs.getString("unit"),
                rs.getString("kind"),
                rs.getString("url"),
                rs.getString("final_url"),
                rs.getBoolean("passed"),
                status,
                Objects.requireNonNull(rs.getObject("fetched_at", OffsetDateTime.class))
                        .toInstant(),
                sha == null ? null : sha.strip());
    }
}
