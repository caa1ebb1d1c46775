package vn.cchc.publisher.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.publisher.audit.report.ReportFormat;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.Reports;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.shared.ProgressTracker;

/**
 * {@code /reports}: a period, a unit or the whole department, a format, and the report as a download. A whole
 * department's report is written in the background ({@link ReportJobs}) and followed on {@code /tasks/{id}}.
 */
@Controller
@NullMarked
class ReportsPageController {

    private static final Map<ReportFormat, String> FORMAT_NAMES = formatNames();

    private final Reports reports;
    private final ReportJobs jobs;
    private final PlanCatalog plans;
    private final ProgressTracker tracker;
    private final Clock clock;

    ReportsPageController(Reports reports, ReportJobs jobs, PlanCatalog plans, ProgressTracker tracker, Clock clock) {
        this.reports = reports;
        this.jobs = jobs;
        this.plans = plans;
        this.tracker = tracker;
        this.clock = clock;
    }

    /** A period to choose. */
    record PeriodOption(String code, String label) {}

    /** A format to choose. */
    record FormatOption(String id, String label) {}

    @GetMapping("/reports")
    String page(Model model) {
        fill(model, null, "", ReportFormat.XLSX.extension(), null);
        return "ui/reports";
    }

    @PostMapping("/reports")
    Object export(
            @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String format,
            Model model,
            HttpServletResponse response) {

        ReportPeriod chosen;
        ReportFormat chosenFormat;
        try {
            chosen = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            return error(model, response, period, unit, format, "Chọn kỳ báo cáo: quý, 6 tháng hoặc năm.");
        }
        try {
            chosenFormat = ReportFormat.of(format);
        } catch (IllegalArgumentException e) {
            return error(model, response, period, unit, format, "Chọn định dạng: XLSX, DOCX, CSV, Markdown hoặc HTML.");
        }
        if (unit.isBlank()) {
            Optional<String> task = jobs.start(reports, chosen, chosenFormat);
            if (task.isEmpty()) {
                return error(
                        model,
                        response,
                        period,
                        unit,
                        format,
                        "Đang có quá nhiều báo cáo chờ, hãy thử lại sau ít phút.");
            }
            return "redirect:/tasks/" + task.get();
        }
        String key = unit.strip();
        byte[] bytes;
        try {
            bytes = reports.export(chosen, key, chosenFormat);
        } catch (IllegalArgumentException e) {
            return error(model, response, period, unit, format, "Không lập được báo cáo cho đơn vị \"" + key + "\".");
        }
        return download(reports.fileName(chosen, key, chosenFormat), chosenFormat.mediaType(), bytes);
    }

    @GetMapping("/reports/files/{id}")
    ResponseEntity<?> file(@PathVariable String id) {
        return jobs.file(id)
                .<ResponseEntity<?>>map(f -> download(f.name(), f.mediaType(), f.bytes()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                        .body("Không còn tệp báo cáo này: tệp chỉ được giữ " + ReportJobs.KEEP.toMinutes()
                                + " phút. Hãy lập lại báo cáo."));
    }

    static ResponseEntity<byte[]> download(String name, String mediaType, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    private String error(
            Model model, HttpServletResponse response, String period, String unit, String format, String message) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        fill(model, period, unit, format, message);
        return "ui/reports";
    }

    private void fill(Model model, @Nullable String period, String unit, String format, @Nullable String error) {
        List<PeriodOption> periods = periodOptions(clock);
        String chosenPeriod = period != null ? period : defaultPeriod(LocalDate.now(clock.withZone(UiDates.VIETNAM)));
        model.addAttribute("periods", periods);
        model.addAttribute("period", chosenPeriod);
        model.addAttribute("units", PlanUnits.of(plans.load()));
        model.addAttribute("unit", unit);
        model.addAttribute(
                "formats",
                FORMAT_NAMES.entrySet().stream()
                        .map(e -> new FormatOption(e.getKey().extension(), e.getValue()))
                        .toList());
        model.addAttribute("format", format);
        model.addAttribute("error", error);
        model.addAttribute(
                "recent",
                tracker.all().stream()
                        .filter(p -> p.kind().equals(ReportJobs.KIND))
                        .limit(10)
                        .map(TasksPageController::view)
                        .toList());
    }

    /** Every quarter, half-year and the year, of this year and the last, in Vietnam's time. */
    static List<PeriodOption> periodOptions(Clock clock) {
        int year = LocalDate.now(clock.withZone(UiDates.VIETNAM)).getYear();
        List<PeriodOption> periods = new ArrayList<>();
        for (int y = year; y >= year - 1; y--) {
            for (String code : List.of("-Q1", "-Q2", "-Q3", "-Q4", "-H1", "-H2", "")) {
                ReportPeriod p = ReportPeriod.parse(y + code);
                periods.add(new PeriodOption(p.code(), p.label()));
            }
        }
        return periods;
    }

    /** The quarter that ended last: the one a unit reports on now. */
    static String defaultPeriod(LocalDate today) {
        int quarter = (today.getMonthValue() - 1) / 3;
        return quarter == 0 ? (today.getYear() - 1) + "-Q4" : today.getYear() + "-Q" + quarter;
    }

    private static Map<ReportFormat, String> formatNames() {
        Map<ReportFormat, String> names = new LinkedHashMap<>();
        names.put(ReportFormat.XLSX, "Excel (XLSX)");
        names.put(ReportFormat.DOCX, "Word (DOCX)");
        names.put(ReportFormat.CSV, "CSV");
        names.put(ReportFormat.MD, "Markdown");
        names.put(ReportFormat.HTML, "HTML (in khổ A4)");
        return names;
    }
}
