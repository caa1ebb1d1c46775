package vn.cchc.publisher.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.publisher.audit.ActivityKind;
import vn.cchc.publisher.audit.NewOfflineActivity;
import vn.cchc.publisher.audit.OfflineActivities;
import vn.cchc.publisher.audit.OfflineActivity;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.plan.PlanSnapshot;
import vn.cchc.publisher.plan.Target;

/** {@code /activities}: the offline activities of a unit and year, and the form to record one. */
@Controller
@NullMarked
class ActivitiesPageController {

    static final long MAX_ATTACHMENT_BYTES = OfflineActivities.MAX_ATTACHMENT_BYTES;
    static final int MAX_DESCRIPTION = OfflineActivities.MAX_DESCRIPTION;

    private final OfflineActivities activities;
    private final PlanCatalog plans;
    private final Clock clock;

    ActivitiesPageController(OfflineActivities activities, PlanCatalog plans, Clock clock) {
        this.activities = activities;
        this.plans = plans;
        this.clock = clock;
    }

    /** What the form was sent with, to show it again beside the errors. */
    record ActivityForm(String date, String target, String kind, String description) {}

    /** A plan target to choose: {@code value} is {@code <plan key>/<target id>}. */
    record TargetOption(String value, String id, String task) {}

    /** The targets of one plan, as an option group. */
    record PlanOption(String label, List<TargetOption> targets) {}

    /** An activity as listed. */
    record Row(long id, String date, String target, String kind, String description, boolean attachment, String by) {}

    @GetMapping("/activities")
    String list(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String target,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(UiDates.VIETNAM));
        ActivityForm blank = new ActivityForm(today.toString(), "", ActivityKind.CONFERENCE.id(), "");
        fill(model, plans.load(), unit, year, target, blank, Map.of());
        return "ui/activities";
    }

    @PostMapping("/activities")
    String record(
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @Nullable MultipartFile attachment,
            Principal user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlanSnapshot snapshot = plans.load();
        LocalDate today = LocalDate.now(clock.withZone(UiDates.VIETNAM));
        Map<String, String> errors = new LinkedHashMap<>();

        LocalDate day = null;
        try {
            day = UiDates.parseDay(date);
            if (day == null) {
                errors.put("date", "Nhập ngày diễn ra hoạt động.");
            } else if (day.isAfter(today)) {
                errors.put(
                        "date", "Ngày " + UiDates.day(day) + " ở tương lai (hôm nay là " + UiDates.day(today) + ").");
            }
        } catch (DateTimeException e) {
            errors.put("date", "Ngày \"" + date + "\" không hợp lệ: ghi theo dạng dd/MM/yyyy.");
        }
        Plan plan = null;
        Target chosen = null;
        int slash = target.lastIndexOf('/');
        if (slash > 0) {
            plan = snapshot.plan(target.substring(0, slash)).orElse(null);
            chosen = plan == null
                    ? null
                    : plan.target(target.substring(slash + 1)).orElse(null);
        }
        if (chosen == null) {
            errors.put(
                    "target",
                    target.isBlank() ? "Chọn chỉ tiêu của kế hoạch." : "Không có chỉ tiêu này trong kế hoạch.");
        }
        Optional<ActivityKind> activityKind = ActivityKind.byId(kind);
        if (activityKind.isEmpty()) {
            errors.put("kind", "Chọn loại hoạt động.");
        }
        String text = description.strip();
        if (text.isEmpty()) {
            errors.put("description", "Nhập mô tả hoạt động.");
        } else if (text.length() > MAX_DESCRIPTION) {
            errors.put("description", "Mô tả dài " + text.length() + " ký tự, tối đa 2.000 ký tự.");
        }
        MultipartFile file = attachment == null || attachment.isEmpty() ? null : attachment;
        if (file != null && file.getSize() > MAX_ATTACHMENT_BYTES) {
            errors.put("attachment", "Tệp kèm lớn hơn 20 MiB.");
        }
        ActivityForm form = new ActivityForm(date, target, kind, description);
        if (!errors.isEmpty() || plan == null || chosen == null || day == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String unit = plan == null ? null : plan.unitKey();
            fill(model, snapshot, unit, null, null, form, errors);
            return "ui/activities";
        }
        String unit = plan.unitKey();
        Path upload = file == null ? null : upload(file);
        OfflineActivity recorded;
        try {
            recorded = activities.record(new NewOfflineActivity(
                    unit, day, chosen.id(), activityKind.orElseThrow(), text, upload, user.getName()));
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            fill(
                    model,
                    snapshot,
                    unit,
                    null,
                    null,
                    form,
                    Map.of("form", "Không ghi được hoạt động: " + e.getMessage()));
            return "ui/activities";
        } finally {
            deleteQuietly(upload);
        }
        redirect.addFlashAttribute(
                "recorded",
                "Đã ghi hoạt động #" + recorded.id() + " (" + recorded.kind().title() + ", "
                        + UiDates.day(recorded.date()) + ").");
        return "redirect:"
                + UriComponentsBuilder.fromPath("/activities")
                        .queryParam("unit", unit)
                        .queryParam("year", day.getYear())
                        .encode()
                        .build()
                        .toUriString();
    }

    @GetMapping("/activities/{id}/attachment")
    ResponseEntity<Resource> attachment(@PathVariable long id) {
        Optional<OfflineActivity> activity = activities.find(id);
        Optional<Path> file = activity.flatMap(activities::attachmentFile);
        if (activity.isEmpty() || file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String stored = file.get().getFileName().toString();
        int dot = stored.lastIndexOf('.');
        String name = "hoat-dong-" + id + (dot < 0 ? "" : stored.substring(dot));
        MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file.get()));
    }

    private void fill(
            Model model,
            PlanSnapshot snapshot,
            @Nullable String unit,
            @Nullable Integer year,
            @Nullable String target,
            ActivityForm form,
            Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock.withZone(UiDates.VIETNAM));
        List<PlanUnits.UnitOption> units = PlanUnits.of(snapshot);
        String chosenUnit = unit != null && !unit.isBlank()
                ? unit.strip()
                : units.isEmpty() ? "local" : units.get(0).key();
        int chosenYear = year != null ? year : today.getYear();
        String chosenTarget = target == null || target.isBlank() ? null : target.strip();

        TreeSet<Integer> years = new TreeSet<>(List.of(today.getYear(), today.getYear() - 1, chosenYear));
        snapshot.plans().forEach(p -> years.add(p.year()));

        List<Row> rows =
                activities.list(chosenUnit, LocalDate.of(chosenYear, 1, 1), LocalDate.of(chosenYear, 12, 31)).stream()
                        .filter(a -> chosenTarget == null || a.target().equals(chosenTarget))
                        .map(a -> new Row(
                                a.id(),
                                UiDates.day(a.date()),
                                a.target(),
                                a.kind().title(),
                                a.description(),
                                a.attachment() != null,
                                a.recordedBy()))
                        .toList();

        TreeSet<String> unitTargets = new TreeSet<>();
        snapshot.plans().stream()
                .filter(p -> p.unitKey().equals(chosenUnit))
                .forEach(p -> p.targets().forEach(t -> unitTargets.add(t.id())));

        List<PlanOption> planOptions = snapshot.plans().stream()
                .map(p -> new PlanOption(
                        p.unit().name() + " – " + p.year(),
                        p.targets().stream()
                                .map(t -> new TargetOption(p.key() + "/" + t.id(), t.id(), t.task()))
                                .toList()))
                .toList();

        model.addAttribute("units", units);
        model.addAttribute("unit", chosenUnit);
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("year", chosenYear);
        model.addAttribute("target", chosenTarget);
        model.addAttribute("unitTargets", unitTargets);
        model.addAttribute("rows", rows);
        model.addAttribute("plans", planOptions);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today.toString());
    }

    private static Path upload(MultipartFile file) {
        String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        int dot = original.lastIndexOf('.');
        String ext = dot < 0 ? "" : original.substring(dot).toLowerCase(Locale.ROOT);
        if (!ext.matches("\\.[a-z0-9]{1,8}")) {
            ext = "";
        }
        try {
            Path temp = Files.createTempFile("cchc-upload-", ext);
            file.transferTo(temp);
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot receive the attachment", e);
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is removed with the temporary directory
        }
    }
}
