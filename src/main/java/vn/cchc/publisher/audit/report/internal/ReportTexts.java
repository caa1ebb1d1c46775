package vn.cchc.publisher.audit.report.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportEvidence;
import vn.cchc.publisher.audit.report.ReportRow;

/** The cells every format shares: the column headers and each value as text. */
final class ReportTexts {

    static final List<String> HEADERS = List.of(
            "STT",
            "Nhiệm vụ",
            "Đơn vị thực hiện",
            "Chỉ tiêu trong kỳ",
            "Đã đăng",
            "Đã kiểm tra",
            "Kết quả",
            "Minh chứng",
            "Giải trình");

    static final String UNIT_HEADER = "Đơn vị";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ReportTexts() {}

    /** The nine cells of a row, as text; the evidence lines are joined with line breaks. */
    static List<String> cells(ReportRow row) {
        return List.of(
                Integer.toString(row.number()),
                row.task(),
                row.owner(),
                required(row),
                Integer.toString(row.published()),
                Integer.toString(row.verified()),
                row.status().label(),
                String.join("\n", evidence(row)),
                explanation(row));
    }

    /** The count asked for in the period, or the rule of a target without a count ("Thường xuyên"). */
    static String required(ReportRow row) {
        if (row.required() != null) {
            return row.required().toString();
        }
        return row.rule().isEmpty()
                ? ""
                : Character.toUpperCase(row.rule().charAt(0)) + row.rule().substring(1);
    }

    static String explanation(ReportRow row) {
        return row.explanation() == null ? "" : row.explanation().text();
    }

    static List<String> evidence(ReportRow row) {
        return row.evidence().stream().map(ReportTexts::evidence).toList();
    }

    /**
     * One piece of evidence on one line: "02/03/2026 – Trang thông tin điện tử – Title – URL – đã kiểm tra
     * 02/03/2026 08:31, SHA-256 …", or for an activity "15/03/2026 – Hội nghị, tọa đàm – description – tệp
     * kèm x.jpg".
     */
    static String evidence(ReportEvidence e) {
        StringBuilder out = new StringBuilder(date(e.date()))
                .append(" – ")
                .append(e.channel())
                .append(" – ")
                .append(oneLine(e.title()));
        if (e.link() != null) {
            out.append(" – ").append(e.link()).append(" – ").append(check(e));
        }
        if (e.attachment() != null) {
            out.append(" – tệp kèm ").append(e.attachment());
        }
        return out.toString();
    }

    /** An evidence line cut around its link, for formats that make the link clickable. */
    record LinkedLine(String before, @Nullable String link, String after) {}

    /** The evidence line cut around its http(s) link; with no such link, all of it is {@code before}. */
    static LinkedLine linked(ReportEvidence e) {
        String line = evidence(e);
        String link = e.link();
        int at = link == null || !link.matches("(?i)https?://\\S+") ? -1 : line.indexOf(link);
        if (link == null || at < 0) {
            return new LinkedLine(line, null, "");
        }
        return new LinkedLine(line.substring(0, at), link, line.substring(at + link.length()));
    }

    private static String check(ReportEvidence e) {
        if (e.needsAttention()) {
            return "cần xử lý" + (e.verifiedAt() == null ? "" : " (kiểm tra " + dateTime(e.verifiedAt()) + ")");
        }
        if (e.verifiedAt() == null) {
            return e.verified() ? "đã kiểm tra" : "chưa kiểm tra";
        }
        String when = dateTime(e.verifiedAt());
        if (!e.verified()) {
            return "kiểm tra " + when + " không đạt";
        }
        return "đã kiểm tra " + when + (e.sha256() == null ? "" : ", SHA-256 " + e.sha256());
    }

    static String date(java.time.LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(java.time.Instant instant) {
        return DATE_TIME.format(instant.atZone(VIETNAM));
    }

    /** "Lập ngày 02/04/2026 08:00", for the foot of a report. */
    static String generated(Report report) {
        return "Lập lúc " + dateTime(report.generatedAt());
    }

    /** The unit's heading: "Trung tâm Y tế huyện Mẫu – Kế hoạch số 01/KH-TTYT". */
    static String unitHeading(vn.cchc.publisher.audit.report.UnitReport unit) {
        return unit.unitName() + " – Kế hoạch số " + unit.planNumber();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    static String joined(List<String> lines, String separator) {
        return lines.stream().collect(Collectors.joining(separator));
    }
}
