package vn.cchc.publisher.web.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.audit.ActivityKind;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.AuditPage;
import vn.cchc.publisher.audit.AuditQuery;
import vn.cchc.publisher.audit.LedgerCheck;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.shared.Channel;

/** {@code /audit}: the audit ledger, filtered and paged, newest first, and its integrity check. */
@Controller
@NullMarked
class AuditPageController {

    static final int PAGE_SIZE = 50;

    /** The Vietnamese name of each event type, in the order the filter offers them. */
    static final Map<String, String> EVENTS = events();

    private static final Map<String, String> FIELDS = fields();
    private static final JsonMapper JSON = JsonMapper.shared();

    private final AuditLedger ledger;
    private final PlanCatalog plans;

    AuditPageController(AuditLedger ledger, PlanCatalog plans) {
        this.ledger = ledger;
        this.plans = plans;
    }

    /** A row as shown: its facts made readable. */
    record Row(
            long seq,
            String time,
            String event,
            String type,
            String actor,
            String unit,
            String subject,
            List<Detail> details,
            boolean broken) {}

    /** One fact of a row; {@code href} is set for a web address. */
    record Detail(String label, String text, @Nullable String href) {}

    /** A link to another page of the results. */
    record PageLink(int number, String href, boolean current) {}

    @GetMapping("/audit")
    String audit(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String target,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) @Nullable String check,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.put("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
        AuditQuery query = new AuditQuery(
                fromDay == null ? null : fromDay.atStartOfDay(UiDates.VIETNAM).toInstant(),
                toDay == null
                        ? null
                        : toDay.plusDays(1).atStartOfDay(UiDates.VIETNAM).toInstant(),
                blankToNull(channel),
                blankToNull(target),
                blankToNull(actor),
                blankToNull(type));
        int pageIndex = Math.max(0, page - 1);
        AuditPage result = errors.isEmpty()
                ? ledger.search(query, pageIndex, PAGE_SIZE)
                : new AuditPage(List.of(), 0, PAGE_SIZE, 0);
        if (pageIndex >= result.pages() && result.total() > 0) {
            pageIndex = result.pages() - 1;
            result = ledger.search(query, pageIndex, PAGE_SIZE);
        }
        LedgerCheck verdict = check == null ? null : ledger.verify();
        long brokenSeq = verdict instanceof LedgerCheck.Broken b ? b.seq() : -1;

        Map<String, @Nullable String> filters = new LinkedHashMap<>();
        filters.put("from", fromDay == null ? from : fromDay.toString());
        filters.put("to", toDay == null ? to : toDay.toString());
        filters.put("channel", channel);
        filters.put("target", target);
        filters.put("actor", actor);
        filters.put("type", type);
        model.addAttribute("filters", filters);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "rows",
                result.entries().stream().map(e -> row(e, e.seq() == brokenSeq)).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("page", pageIndex + 1);
        model.addAttribute("pages", result.pages());
        model.addAttribute("pageLinks", pageLinks(filters, pageIndex, result.pages()));
        model.addAttribute("events", EVENTS);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("targets", targets());
        model.addAttribute("intact", verdict instanceof LedgerCheck.Intact i ? i : null);
        model.addAttribute("broken", verdict instanceof LedgerCheck.Broken b ? b : null);
        return "ui/audit";
    }

    private Map<String, String> targets() {
        Map<String, String> targets = new TreeMap<>();
        plans.load().plans().forEach(plan -> plan.targets().forEach(t -> targets.putIfAbsent(t.id(), t.task())));
        return targets;
    }

    private static @Nullable LocalDate day(@Nullable String text, String field, Map<String, String> errors) {
        try {
            return UiDates.parseDay(text);
        } catch (DateTimeException e) {
            errors.put(field, "Ngày \"" + text + "\" không hợp lệ: ghi theo dạng dd/MM/yyyy.");
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<PageLink> pageLinks(Map<String, @Nullable String> filters, int current, int pages) {
        List<PageLink> links = new ArrayList<>();
        for (int n = 0; n < pages; n++) {
            // the first and last pages and those near the current one
            if (n == 0 || n == pages - 1 || Math.abs(n - current) <= 2) {
                links.add(new PageLink(n + 1, link(filters, n + 1), n == current));
            }
        }
        return links;
    }

    private static String link(Map<String, @Nullable String> filters, @Nullable Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value.strip());
            }
        });
        if (page != null && page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    static Row row(AuditEntry entry, boolean broken) {
        return new Row(
                entry.seq(),
                UiDates.dayTime(entry.at()),
                EVENTS.getOrDefault(entry.type(), entry.type()),
                entry.type(),
                entry.actor().equals("system") ? "hệ thống" : entry.actor(),
                entry.unit(),
                entry.subject(),
                details(entry),
                broken);
    }

    private static List<Detail> details(AuditEntry entry) {
        JsonNode root;
        try {
            root = JSON.readTree(entry.details());
        } catch (JacksonException e) {
            return List.of(new Detail("Chi tiết", entry.details(), null));
        }
        if (!root.isObject()) {
            return List.of(new Detail("Chi tiết", entry.details(), null));
        }
        List<Detail> details = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            String key = field.getKey();
            String text = text(key, value, entry.type());
            if (text.isBlank()) {
                continue;
            }
            boolean web = text.startsWith("https://") || text.startsWith("http://");
            details.add(new Detail(FIELDS.getOrDefault(key, key), text, web ? text : null));
        }
        return details;
    }

    private static String text(String key, JsonNode value, String type) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
            return String.join("; ", items);
        }
        if (!value.isValueNode()) {
            return value.toString();
        }
        String text = value.asString();
        if (key.equals("channel")) {
            return Channel.byId(text).map(Channel::title).orElse(text);
        }
        if (key.equals("kind") && type.equals("offline-activity")) {
            return ActivityKind.byId(text).map(ActivityKind::title).orElse(text);
        }
        if (key.equals("date") || key.equals("due")) {
            try {
                return UiDates.day(LocalDate.parse(text));
            } catch (DateTimeException e) {
                return text;
            }
        }
        if (text.length() >= 20 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
            try {
                return UiDates.dayTime(Instant.parse(text));
            } catch (DateTimeException e) {
                return text;
            }
        }
        return text;
    }

    private static Map<String, String> events() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("queued", "Đưa vào hàng đợi");
        m.put("approval-requested", "Xin duyệt");
        m.put("approved", "Đã duyệt");
        m.put("rejected", "Từ chối");
        m.put("attempt-started", "Bắt đầu đăng");
        m.put("published", "Đã đăng");
        m.put("updated", "Đã cập nhật bài đăng");
        m.put("retry-scheduled", "Hẹn đăng lại");
        m.put("needs-attention", "Cần xử lý");
        m.put("unpublished", "Gỡ bài");
        m.put("cancelled", "Huỷ đăng");
        m.put("gap-recorded", "Thiếu bài theo kế hoạch");
        m.put("verified", "Kiểm tra đạt");
        m.put("verification-failed", "Kiểm tra không đạt");
        m.put("offline-activity", "Hoạt động trực tiếp");
        m.put("token-refreshed", "Làm mới mã truy cập");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> fields() {
        return Map.ofEntries(
                Map.entry("contentFile", "Tệp nội dung"),
                Map.entry("contentHash", "Mã băm nội dung"),
                Map.entry("channel", "Kênh"),
                Map.entry("plannedAt", "Dự kiến đăng"),
                Map.entry("title", "Tiêu đề"),
                Map.entry("comment", "Ý kiến"),
                Map.entry("attempt", "Lần thử"),
                Map.entry("remoteId", "Mã trên kênh"),
                Map.entry("url", "Địa chỉ"),
                Map.entry("reasonVi", "Lý do"),
                Map.entry("reasonEn", "Lý do (tiếng Anh)"),
                Map.entry("reasonsVi", "Lý do"),
                Map.entry("reasonsEn", "Lý do (tiếng Anh)"),
                Map.entry("retryAt", "Đăng lại lúc"),
                Map.entry("task", "Nhiệm vụ"),
                Map.entry("due", "Hạn"),
                Map.entry("kind", "Loại"),
                Map.entry("sha256", "SHA-256"),
                Map.entry("date", "Ngày"),
                Map.entry("target", "Chỉ tiêu"),
                Map.entry("description", "Mô tả"),
                Map.entry("attachment", "Tệp kèm"));
    }
}
