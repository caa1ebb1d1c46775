package vn.cchc.publisher.audit.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.AuditRecord;
import vn.cchc.publisher.audit.report.Explanation;
import vn.cchc.publisher.audit.report.ReportExplanations;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.UnknownUnitException;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanCatalog;

/** Explanations in table {@code report_explanation}, each change with its ledger row, in one transaction. */
@Component
class JdbcReportExplanations implements ReportExplanations {

    private final JdbcClient jdbc;
    private final AuditLedger ledger;
    private final TransactionTemplate transaction;
    private final PlanCatalog plans;
    private final Clock clock;

    JdbcReportExplanations(
            JdbcClient jdbc,
            AuditLedger ledger,
            PlatformTransactionManager transactions,
            PlanCatalog plans,
            Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.transaction = new TransactionTemplate(transactions);
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Explanation explain(ReportPeriod period, String unit, String target, String text, String author) {
        Plan plan = plans.load().plansFor(period.year()).stream()
                .filter(p -> p.unitKey().equals(unit) || p.key().equals(unit))
                .findFirst()
                .orElseThrow(() -> new UnknownUnitException(UnitKeys.unknown(unit, period)));
        if (plan.target(target).isEmpty()) {
            throw new IllegalArgumentException("target: kế hoạch " + plan.planNumber() + " của đơn vị "
                    + plan.unit().name() + " không có chỉ tiêu '" + target + "'");
        }
        String clean = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        int length = clean.codePointCount(0, clean.length());
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "text: giải trình dài " + length + " ký tự, tối đa " + MAX_LENGTH + " ký tự");
        }
        String who = author.isBlank() ? "unknown" : author.strip();
        String unitKey = plan.unitKey();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Explanation explanation = new Explanation(unitKey, target, period.code(), clean, who, now);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO report_explanation (unit, target_id, period_code, explanation, author, written_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(unitKey, target, period.code(), clean, who, now.atOffset(ZoneOffset.UTC))
                    .update();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("period", period.code());
            details.put("target", target);
            details.put("text", clean);
            ledger.append(new AuditRecord(
                    now,
                    unitKey,
                    who,
                    "report-explanation",
                    "report:" + period.code() + "/" + unitKey + "/" + target,
                    details));
        });
        return explanation;
    }

    @Override
    public Map<String, Explanation> latest(ReportPeriod period, String unit) {
        Map<String, Explanation> latest = new LinkedHashMap<>();
        jdbc.sql("SELECT unit, target_id, period_code, explanation, author, written_at FROM report_explanation"
                        + " WHERE unit = ? AND period_code = ? ORDER BY written_at, id")
                .params(unit, period.code())
                .query(JdbcReportExplanations::row)
                .list()
                .forEach(e -> latest.put(e.target(), e));
        latest.values().removeIf(e -> e.text().isBlank());
        return latest;
    }

    private static Explanation row(ResultSet rs, int rowNum) throws SQLException {
        return new Explanation(
                rs.getString("unit"),
                rs.getString("target_id"),
                rs.getString("period_code"),
                rs.getString("explanation"),
                rs.getString("author"),
                Objects.requireNonNull(rs.getObject("written_at", OffsetDateTime.class))
                        .toInstant());
    }
}
