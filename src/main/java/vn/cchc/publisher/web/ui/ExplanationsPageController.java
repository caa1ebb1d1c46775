package vn.cchc.publisher.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.publisher.audit.report.Report;
import vn.cchc.publisher.audit.report.ReportBuilder;
import vn.cchc.publisher.audit.report.ReportExplanations;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.ReportProgress;
import vn.cchc.publisher.audit.report.ReportRow;
import vn.cchc.publisher.audit.report.RowStatus;
import vn.cchc.publisher.audit.report.UnitReport;
import vn.cchc.publisher.plan.PlanCatalog;

/**
 * {@code /reports/explanations}: the targets of one unit's report that are not met (or not yet), each with a
 * box for the officer's explanation, which the report then carries in its "Giải trình" column and summary.
 */
@Controller
@NullMarked
class ExplanationsPageController {

    private final ReportBuilder reports;
    private final ReportExplanations explanations;
    private final PlanCatalog plans;
    private final Clock clock;

    ExplanationsPageController(ReportBuilder reports, ReportExplanations explanations, PlanCatalog plans, Clock clock) {
        this.reports = reports;
        this.explanations = explanations;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/reports/explanations")
    String page(
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String unit,
            Model model) {
        List<PlanUnits.UnitOption> units = PlanUnits.of(plans.load());
        String chosenUnit = unit != null && !unit.isBlank()
                ? unit.strip()
                : units.isEmpty() ? "" : units.get(0).key();
        String chosenPeriod = period != null && !period.isBlank()
                ? period.strip()
                : ReportsPageController.defaultPeriod(LocalDate.now(clock.withZone(UiDates.VIETNAM)));
        model.addAttribute("units", units);
        model.addAttribute("unit", chosenUnit);
        model.addAttribute("periods", ReportsPageController.periodOptions(clock));
        model.addAttribute("period", chosenPeriod);
        model.addAttribute("rows", List.of());
        try {
            ReportPeriod parsed = ReportPeriod.parse(chosenPeriod);
            Report report = reports.build(parsed, chosenUnit, ReportProgress.NONE);
            List<ReportRow> open = report.units().stream()
                    .map(UnitReport::rows)
                    .flatMap(List::stream)
                    .filter(row -> row.status() == RowStatus.NOT_MET || row.status() == RowStatus.IN_PROGRESS)
                    .toList();
            model.addAttribute("rows", open);
            model.addAttribute("periodLabel", parsed.label());
        } catch (IllegalArgumentException e) {
            model.addAttribute(
                    "error",
                    "Không lập được báo cáo cho kỳ \"" + chosenPeriod + "\" và đơn vị \"" + chosenUnit
                            + "\": hãy chọn lại.");
        }
        return "ui/explanations";
    }

    @PostMapping("/reports/explanations")
    String explain(
            @RequestParam String period,
            @RequestParam String unit,
            @RequestParam String target,
            @RequestParam(defaultValue = "") String text,
            Authentication user,
            RedirectAttributes flash) {
        try {
            explanations.explain(ReportPeriod.parse(period), unit, target, text, user.getName());
            flash.addFlashAttribute(
                    "message",
                    text.isBlank()
                            ? "Đã xoá giải trình của chỉ tiêu " + target + "."
                            : "Đã lưu giải trình của chỉ tiêu " + target + ".");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute(
                    "error",
                    "Chưa lưu được giải trình: nội dung tối đa " + ReportExplanations.MAX_LENGTH
                            + " ký tự, chỉ tiêu và đơn vị phải có trong kế hoạch.");
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/reports/explanations")
                        .queryParam("period", period)
                        .queryParam("unit", unit)
                        .build()
                        .encode()
                        .toUriString();
    }
}
