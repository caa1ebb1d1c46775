package vn.cchc.publisher.audit.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.audit.OfflineActivities;
import vn.cchc.publisher.audit.OfflineActivity;
import vn.cchc.publisher.audit.report.Explanation;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportBuilder;
import vn.cchc.publisher.audit.report.ReportEvidence;
import vn.cchc.publisher.audit.report.ReportExplanations;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.ReportProgress;
import vn.cchc.publisher.audit.report.ReportRow;
import vn.cchc.publisher.audit.report.RowStatus;
import vn.cchc.publisher.audit.report.UnitReport;
import vn.cchc.publisher.audit.report.UnknownUnitException;
import vn.cchc.publisher.calendar.AssignedContent;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.UnassignedContent;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublishedItem;
import vn.cchc.publisher.publishing.PublishedItems;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.verification.VerificationHistory;
import vn.cchc.publisher.verification.VerificationRecord;

/**
 * Builds the report model. For each unit (each calendar of the period's year): the slots of each target due
 * in the period give the count; the unit's publications first published in the period are given to a target
 * by their article (its {@code target}, else the slot the calendar assigned it to), on the target's channels;
 * their latest verification says whether they are verified; the offline activities of the period count for
 * their target.
 */
@Component
class ReportAssembler implements ReportBuilder {

    private final EditorialCalendar calendar;
    private final PublishedItems published;
    private final VerificationHistory verifications;
    private final OfflineActivities activities;
    private final ReportExplanations explanations;
    private final Clock clock;

    ReportAssembler(
            EditorialCalendar calendar,
            PublishedItems published,
            VerificationHistory verifications,
            OfflineActivities activities,
            ReportExplanations explanations,
            Clock clock) {
        this.calendar = calendar;
        this.published = published;
        this.verifications = verifications;
        this.activities = activities;
        this.explanations = explanations;
        this.clock = clock;
    }

    @Override
    public Report build(ReportPeriod period, @Nullable String unit, ReportProgress progress) {
        List<Calendar> calendars = calendar.calendars(period.year(), unit);
        if (calendars.isEmpty()) {
            throw new UnknownUnitException(
                    unit == null
                            ? "không có kế hoạch hợp lệ nào cho năm " + period.year()
                                    + " (tệp kế hoạch config/plan-*.yaml)"
                            : UnitKeys.unknown(unit, period));
        }
        progress.units(calendars.size());
        List<UnitReport> units = new ArrayList<>();
        for (Calendar c : calendars) {
            units.add(unit(c, period));
            progress.unitDone(c.unitKey());
        }
        Report.Totals total = unit == null ? Summaries.department(period, units) : null;
        return new Report(Report.title(period), period, unit, clock.instant(), units, total);
    }

    private UnitReport unit(Calendar c, ReportPeriod period) {
        ZoneId zone = c.plan().timezone();
        String unitKey = c.unitKey();
        Map<String, Article> articles = new HashMap<>();
        Map<String, String> slotTarget = new HashMap<>();
        for (Slot slot : c.slots()) {
            for (AssignedContent content : slot.content()) {
                articles.put(content.article().file(), content.article());
                slotTarget.put(content.article().file(), slot.target().id());
            }
        }
        for (UnassignedContent content : c.unassigned()) {
            articles.put(content.article().file(), content.article());
        }
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<PublishedItem> items = published.firstPublished(unitKey, from, to);
        Map<Long, VerificationRecord> checks =
                verifications.latest(items.stream().map(PublishedItem::id).toList());
        List<OfflineActivity> held = activities.list(unitKey, period.from(), period.to());
        Map<String, Explanation> explained = explanations.latest(period, unitKey);

        Map<String, List<PublishedItem>> byTarget = new LinkedHashMap<>();
        for (PublishedItem item : items) {
            Article article = articles.get(item.contentFile());
            String target = article != null
                            && article.target() != null
                            && c.plan().target(article.target()).isPresent()
                    ? article.target()
                    : slotTarget.get(item.contentFile());
            if (target != null) {
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(item);
            }
        }
        boolean over = c.today().isAfter(period.to());
        List<ReportRow> rows = new ArrayList<>();
        for (Target target : c.plan().targets()) {
            List<Slot> due = c.slots().stream()
                    .filter(s -> s.target().id().equals(target.id()) && period.contains(s.due()))
                    .toList();
            List<PublishedItem> mine = byTarget.getOrDefault(target.id(), List.of()).stream()
                    .filter(p -> target.onlineChannels().contains(p.channel()))
                    .toList();
            List<OfflineActivity> done =
                    held.stream().filter(a -> a.target().equals(target.id())).toList();
            rows.add(row(
                    rows.size() + 1,
                    target,
                    due,
                    mine,
                    checks,
                    articles,
                    done,
                    explained.get(target.id()),
                    over,
                    zone));
        }
        return Summaries.unit(period, c, rows, items, articles, held);
    }

    private ReportRow row(
            int number,
            Target target,
            List<Slot> due,
            List<PublishedItem> items,
            Map<Long, VerificationRecord> checks,
            Map<String, Article> articles,
            List<OfflineActivity> done,
            @Nullable Explanation explanation,
            boolean over,
            ZoneId zone) {
        boolean noCount =
                target.rule() instanceof FrequencyRule.Ongoing || target.rule() instanceof FrequencyRule.OnDemand;
        Integer required = noCount ? null : due.size();
        Map<String, Boolean> verifiedByFile = new LinkedHashMap<>();
        List<ReportEvidence> evidence = new ArrayList<>();
        for (PublishedItem item : items) {
            VerificationRecord check = checks.get(item.id());
            boolean attention = item.state() == PublicationStatus.NEEDS_ATTENTION;
            // a verified publication stays verified when a later check was inconclusive (a timeout, the site
            // down for a while): re-verification flags it, and then its state says so, only when it is sure
            boolean verified =
                    !attention && (item.state() == PublicationStatus.VERIFIED || (check != null && check.passed()));
            verifiedByFile.merge(item.contentFile(), verified, Boolean::logicalOr);
            evidence.add(new ReportEvidence(
                    LocalDate.ofInstant(item.firstPublishedAt(), zone),
                    item.channel().title(),
                    item.title(),
                    item.url() != null ? item.url() : item.remoteId(),
                    verified,
                    check == null ? null : check.fetchedAt(),
                    check == null ? null : check.sha256(),
                    attention,
                    null));
        }
        for (OfflineActivity activity : done) {
            evidence.add(new ReportEvidence(
                    activity.date(),
                    activity.kind().title(),
                    activity.description(),
                    null,
                    true,
                    null,
                    null,
                    false,
                    activity.attachment()));
        }
        evidence.sort(Comparator.comparing(ReportEvidence::date));
        int verifiedItems =
                (int) verifiedByFile.values().stream().filter(v -> v).count();
        int counting = target.perArea()
                ? perAreaCount(due, verifiedByFile, articles) + done.size()
                : verifiedItems + done.size();
        RowStatus status = status(target, required, counting, verifiedByFile.size() + done.size(), over);
        return new ReportRow(
                number,
                target.id(),
                target.task(),
                target.owner(),
                target.kind().id(),
                target.channels().stream().map(PlanChannel::title).toList(),
                target.frequency() != null ? target.frequency() : target.rule().describe(),
                required,
                verifiedByFile.size() + done.size(),
                verifiedItems + done.size(),
                done.size(),
                status,
                evidence,
                explanation);
    }

    /** For a per-area target, each area counts up to its own slots: two items of one area fill one slot. */
    private static int perAreaCount(
            List<Slot> due, Map<String, Boolean> verifiedByFile, Map<String, Article> articles) {
        Map<@Nullable Area, Integer> wanted = new HashMap<>();
        due.forEach(s -> wanted.merge(s.area(), 1, Integer::sum));
        Map<@Nullable Area, Integer> have = new HashMap<>();
        verifiedByFile.forEach((file, verified) -> {
            Article article = articles.get(file);
            if (verified && article != null) {
                have.merge(article.area(), 1, Integer::sum);
            }
        });
        return wanted.entrySet().stream()
                .mapToInt(e -> Math.min(e.getValue(), have.getOrDefault(e.getKey(), 0)))
                .sum();
    }

    private static RowStatus status(Target target, @Nullable Integer required, int counting, int done, boolean over) {
        if (required == null || required == 0) {
            if (done > 0) {
                return RowStatus.DONE;
            }
            if (target.rule() instanceof FrequencyRule.Ongoing) {
                return RowStatus.ONGOING;
            }
            return required == null ? RowStatus.ON_DEMAND : RowStatus.NOT_DUE;
        }
        if (counting >= required) {
            return RowStatus.MET;
        }
        return over ? RowStatus.NOT_MET : RowStatus.IN_PROGRESS;
    }
}
