package vn.cchc.publisher.audit.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.publisher.audit.report.ReportBuilder;
import vn.cchc.publisher.audit.report.ReportExplanations;
import vn.cchc.publisher.audit.report.ReportFormat;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.ReportProgress;
import vn.cchc.publisher.audit.report.Reports;
import vn.cchc.publisher.audit.report.UnknownUnitException;

/**
 * {@code GET /api/reports/{period}?unit=U&format=F}: without a format, the report's model as JSON; with one,
 * the file as an attachment. {@code PUT /api/reports/{period}/explanations/{unit}/{target}} with
 * {@code {"text": "…"}} sets an explanation. A bad period, format or text is a 400 and an unknown unit or
 * target a 404, as RFC 9457 problem details in Vietnamese.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final String PERIODS = "ghi một quý (2026-Q1), 6 tháng (2026-H1) hoặc một năm (2026)";

    private final Reports reports;
    private final ReportBuilder builder;
    private final ReportExplanations explanations;

    ReportController(Reports reports, ReportBuilder builder, ReportExplanations explanations) {
        this.reports = reports;
        this.builder = builder;
        this.explanations = explanations;
    }

    /** The body of an explanation. */
    record ExplanationBody(@Nullable String text) {}

    @GetMapping("/{period}")
    ResponseEntity<?> report(
            @PathVariable String period,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String format) {
        ReportPeriod chosen;
        try {
            chosen = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            return badPeriod(period);
        }
        ReportFormat chosenFormat = null;
        if (format != null) {
            try {
                chosenFormat = ReportFormat.of(format);
            } catch (IllegalArgumentException e) {
                return problem(
                        HttpStatus.BAD_REQUEST,
                        "Định dạng không hợp lệ",
                        "format: định dạng \"" + format + "\" không hợp lệ; dùng md, csv, xlsx, docx hoặc html");
            }
        }
        try {
            if (chosenFormat == null) {
                return ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(builder.build(chosen, unit, ReportProgress.NONE));
            }
            byte[] file = reports.export(chosen, unit, chosenFormat);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(chosenFormat.mediaType()))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(reports.fileName(chosen, unit, chosenFormat), StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .body(file);
        } catch (UnknownUnitException e) {
            return notFound(e);
        }
    }

    @PutMapping("/{period}/explanations/{unit}/{target}")
    ResponseEntity<?> explain(
            @PathVariable String period,
            @PathVariable String unit,
            @PathVariable String target,
            @RequestBody ExplanationBody body,
            Principal principal) {
        ReportPeriod chosen;
        try {
            chosen = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            return badPeriod(period);
        }
        if (body.text() == null) {
            return problem(HttpStatus.BAD_REQUEST, "Thiếu giải trình", "text: thiếu nội dung giải trình");
        }
        try {
            return ResponseEntity.ok(explanations.explain(chosen, unit, target, body.text(), principal.getName()));
        } catch (UnknownUnitException e) {
            return notFound(e);
        } catch (IllegalArgumentException e) {
            String message = Objects.requireNonNullElse(e.getMessage(), "");
            return message.startsWith("target:")
                    ? problem(HttpStatus.NOT_FOUND, "Không tìm thấy chỉ tiêu", message)
                    : problem(HttpStatus.BAD_REQUEST, "Giải trình không hợp lệ", message);
        }
    }

    private static ResponseEntity<ProblemDetail> badPeriod(String period) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Kỳ báo cáo không hợp lệ",
                "period: kỳ báo cáo \"" + period + "\" không hợp lệ; " + PERIODS);
    }

    private static ResponseEntity<ProblemDetail> notFound(UnknownUnitException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy đơn vị", "unit: " + e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
