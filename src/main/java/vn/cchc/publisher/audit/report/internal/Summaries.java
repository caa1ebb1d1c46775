package vn.cchc.publisher.audit.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.audit.ActivityKind;
import vn.cchc.publisher.audit.OfflineActivity;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.ReportRow;
import vn.cchc.publisher.audit.report.ReportTotals;
import vn.cchc.publisher.audit.report.ReportTotals.ActivityTotal;
import vn.cchc.publisher.audit.report.ReportTotals.AreaTotal;
import vn.cchc.publisher.audit.report.ReportTotals.ChannelTotal;
import vn.cchc.publisher.audit.report.ReportTotals.Unmet;
import vn.cchc.publisher.audit.report.RowStatus;
import vn.cchc.publisher.audit.report.UnitReport;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.publishing.PublishedItem;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

/** The totals of a unit and of a department, and the Vietnamese summary paragraph made from them. */
final class Summaries {

    private static final String NO_AREA = "Chưa ghi lĩnh vực";

    private Summaries() {}

    static UnitReport unit(
            ReportPeriod period,
            Calendar calendar,
            List<ReportRow> rows,
            List<PublishedItem> items,
            Map<String, Article> articles,
            List<OfflineActivity> held) {
        String name = calendar.plan().unit().name();
        List<ChannelTotal> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            Set<String> files = items.stream()
                    .filter(i -> i.channel() == channel)
                    .map(PublishedItem::contentFile)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            int required = 0;
            for (ReportRow row : rows) {
                Target target = calendar.plan().target(row.target()).orElseThrow();
                if (row.required() != null && target.onlineChannels().contains(channel)) {
                    required += row.required();
                }
            }
            if (channel == Channel.WEBSITE || !files.isEmpty() || required > 0) {
                List<AreaTotal> byArea = channel == Channel.WEBSITE ? byArea(files, articles) : List.of();
                channels.add(new ChannelTotal(channel.id(), channel.title(), files.size(), required, byArea));
            }
        }
        List<ActivityTotal> activities = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            long count = held.stream().filter(a -> a.kind() == kind).count();
            if (count > 0) {
                activities.add(new ActivityTotal(kind.id(), kind.title(), (int) count));
            }
        }
        List<Unmet> unmet = rows.stream()
                .filter(r -> r.status() == RowStatus.NOT_MET)
                .map(r -> new Unmet(
                        name,
                        r.target(),
                        r.task(),
                        r.verified(),
                        r.required() == null ? 0 : r.required(),
                        r.explanation() == null ? null : r.explanation().text()))
                .toList();
        ReportTotals totals = new ReportTotals(
                channels,
                activities,
                (int) rows.stream().filter(r -> r.status().counted()).count(),
                (int) rows.stream().filter(r -> r.status() == RowStatus.MET).count(),
                (int) rows.stream()
                        .filter(r -> r.status() == RowStatus.IN_PROGRESS)
                        .count(),
                unmet);
        return new UnitReport(
                calendar.unitKey(),
                name,
                calendar.plan().planNumber(),
                rows,
                totals,
                text(period.label() + ", " + name, totals, false));
    }

    static Report.Totals department(ReportPeriod period, List<UnitReport> units) {
        Map<String, ChannelTotal> channels = new LinkedHashMap<>();
        Map<String, ActivityTotal> activities = new LinkedHashMap<>();
        int counted = 0;
        int met = 0;
        int inProgress = 0;
        List<Unmet> unmet = new ArrayList<>();
        for (UnitReport unit : units) {
            for (ChannelTotal c : unit.totals().channels()) {
                channels.merge(c.channel(), c, Summaries::add);
            }
            for (ActivityTotal a : unit.totals().activities()) {
                activities.merge(a.kind(), a, (x, y) -> new ActivityTotal(x.kind(), x.title(), x.count() + y.count()));
            }
            counted += unit.totals().counted();
            met += unit.totals().met();
            inProgress += unit.totals().inProgress();
            unmet.addAll(unit.totals().unmet());
        }
        List<ChannelTotal> orderedChannels = new ArrayList<>(channels.values());
        orderedChannels.sort(Comparator.comparing(c -> Channel.byId(c.channel()).orElseThrow()));
        List<ActivityTotal> orderedActivities = new ArrayList<>(activities.values());
        orderedActivities.sort(
                Comparator.comparing(a -> ActivityKind.byId(a.kind()).orElseThrow()));
        ReportTotals totals = new ReportTotals(orderedChannels, orderedActivities, counted, met, inProgress, unmet);
        return new Report.Totals(
                units.size(), totals, text(period.label() + ", " + units.size() + " đơn vị", totals, true));
    }

    private static ChannelTotal add(ChannelTotal a, ChannelTotal b) {
        Map<@Nullable String, AreaTotal> areas = new LinkedHashMap<>();
        for (AreaTotal t : a.byArea()) {
            areas.put(t.area(), t);
        }
        for (AreaTotal t : b.byArea()) {
            areas.merge(t.area(), t, (x, y) -> new AreaTotal(x.area(), x.title(), x.count() + y.count()));
        }
        List<AreaTotal> ordered = new ArrayList<>(areas.values());
        ordered.sort(Comparator.comparingInt(Summaries::areaOrder));
        return new ChannelTotal(
                a.channel(), a.title(), a.published() + b.published(), a.required() + b.required(), ordered);
    }

    private static int areaOrder(AreaTotal total) {
        return total.area() == null
                ? Area.values().length
                : Area.byId(total.area()).orElseThrow().ordinal();
    }

    private static List<AreaTotal> byArea(Set<String> files, Map<String, Article> articles) {
        Map<@Nullable Area, Integer> counts = new LinkedHashMap<>();
        for (String file : files) {
            Article article = articles.get(file);
            counts.merge(article == null ? null : article.area(), 1, Integer::sum);
        }
        List<AreaTotal> totals = new ArrayList<>();
        for (Area area : Area.values()) {
            if (counts.containsKey(area)) {
                totals.add(new AreaTotal(area.id(), area.title(), counts.get(area)));
            }
        }
        if (counts.containsKey(null)) {
            totals.add(new AreaTotal(null, NO_AREA, counts.get(null)));
        }
        return totals;
    }

    /**
     * The paragraph: "Quý I/2026, Trung tâm Y tế huyện Mẫu đã đăng 3 tin, bài về cải cách hành chính trên
     * Trang thông tin điện tử (chỉ tiêu: 3), trong đó theo lĩnh vực: …; 2 tin, bài trên Trang Facebook; thực
     * hiện 1 hoạt động trực tiếp (…); đạt 4/5 chỉ tiêu có số lượng trong kỳ; chỉ tiêu chưa đạt: … (lý do: …)."
     */
    static String text(String subject, ReportTotals totals, boolean withUnitNames) {
        StringBuilder out = new StringBuilder(subject).append(" đã đăng ");
        List<String> parts = new ArrayList<>();
        boolean first = true;
        for (ChannelTotal channel : totals.channels()) {
            StringBuilder part = new StringBuilder();
            part.append(channel.published()).append(" tin, bài ");
            if (first) {
                part.append("về cải cách hành chính ");
            }
            part.append("trên ").append(channel.title());
            if (channel.required() > 0) {
                part.append(" (chỉ tiêu: ").append(channel.required()).append(')');
            }
            if (!channel.byArea().isEmpty()) {
                part.append(", trong đó theo lĩnh vực: ")
                        .append(channel.byArea().stream()
                                .map(a -> a.title() + ": " + a.count())
                                .collect(Collectors.joining(", ")));
            }
            parts.add(part.toString());
            first = false;
        }
        int held = totals.activities().stream().mapToInt(ActivityTotal::count).sum();
        if (held > 0) {
            parts.add("thực hiện " + held + " hoạt động trực tiếp ("
                    + totals.activities().stream()
                            .map(a -> a.title() + ": " + a.count())
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        parts.add(
                totals.counted() == 0
                        ? "không có chỉ tiêu nào có số lượng trong kỳ"
                        : "đạt " + totals.met() + "/" + totals.counted() + " chỉ tiêu có số lượng trong kỳ");
        if (totals.inProgress() > 0) {
            parts.add(totals.inProgress() + " chỉ tiêu đang thực hiện (kỳ báo cáo chưa kết thúc)");
        }
        if (!totals.unmet().isEmpty()) {
            parts.add("chỉ tiêu chưa đạt: "
                    + totals.unmet().stream()
                            .map(u -> (withUnitNames ? u.unitName() + " – " : "") + u.task() + " (" + u.verified()
                                    + "/" + u.required() + "; lý do: "
                                    + (u.explanation() == null ? "chưa có giải trình" : u.explanation()) + ")")
                            .collect(Collectors.joining("; ")));
        }
        out.append(String.join("; ", parts));
        return out.append('.').toString();
    }
}
