package vn.cchc.publisher.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.publisher.audit.ActivityKind;
import vn.cchc.publisher.audit.NewOfflineActivity;
import vn.cchc.publisher.audit.OfflineActivities;
import vn.cchc.publisher.audit.OfflineActivity;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanCatalog;

/** Offline activities (conferences, lobby TV, posters, contests): list a unit's, record one (officer). */
@RestController
@RequestMapping("/api/activities")
@Tag(name = "Offline activities", description = "Hoạt động tuyên truyền trực tiếp / offline activities")
class ActivitiesApi {

    static final long MAX_ATTACHMENT_BYTES = OfflineActivities.MAX_ATTACHMENT_BYTES;
    private static final int MAX_DESCRIPTION = OfflineActivities.MAX_DESCRIPTION;
    private static final Pattern EXTENSION = Pattern.compile("(\\.[A-Za-z0-9]{1,8})$");

    private final OfflineActivities activities;
    private final PlanCatalog plans;
    private final Clock clock;

    ActivitiesApi(OfflineActivities activities, PlanCatalog plans, Clock clock) {
        this.activities = activities;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * The unit an activity of {@code target} on {@code day} belongs to: the unit whose plan of that year has the
     * target (the named one when several have it), so that the reports count it.
     */
    private String unitOf(String target, LocalDate day, @Nullable String unit) {
        List<String> units = plans.load().plansFor(day.getYear()).stream()
                .filter(plan -> plan.target(target).isPresent())
                .map(Plan::unitKey)
                .filter(key -> unit == null || unit.isBlank() || key.equals(unit.trim()))
                .distinct()
                .toList();
        if (units.isEmpty()) {
            throw ApiException.invalid(
                    "target",
                    "Chỉ tiêu «" + target + "» không có trong kế hoạch năm " + day.getYear()
                            + (unit == null || unit.isBlank() ? "" : " của đơn vị «" + unit.trim() + "»") + ".");
        }
        if (units.size() > 1) {
            throw ApiException.invalid(
                    "unit",
                    "Chỉ tiêu «" + target + "» có trong kế hoạch của nhiều đơn vị (" + String.join(", ", units)
                            + "); ghi rõ đơn vị (unit).");
        }
        return units.get(0);
    }

    /**
     * @param kind {@code conference}, {@code lobby-tv}, {@code poster}, {@code contest} or {@code other}
     * @param kindLabel the kind in Vietnamese
     * @param attachment the kept attachment's name ({@code <sha256>.<ext>}); null if none
     */
    record ActivityJson(
            long id,
            String unit,
            LocalDate date,
            String target,
            String kind,
            String kindLabel,
            String description,
            @Nullable String attachment,
            String recordedBy,
            Instant recordedAt) {

        static ActivityJson of(OfflineActivity a) {
            return new ActivityJson(
                    a.id(),
                    a.unit(),
                    a.date(),
                    a.target(),
                    a.kind().id(),
                    a.kind().title(),
                    a.description(),
                    a.attachment(),
                    a.recordedBy(),
                    a.recordedAt());
        }
    }

    @GetMapping
    @Operation(
            summary = "Danh sách hoạt động / activities from a day to a day, oldest first, of one unit or of"
                    + " every unit of the plans")
    List<ActivityJson> list(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        LocalDate first = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate last = to == null ? LocalDate.of(2100, 12, 31) : to;
        if (last.isBefore(first)) {
            throw ApiException.invalid(
                    "to", "Ngày kết thúc (to) " + last + " trước ngày bắt đầu (from) " + first + ".");
        }
        List<String> units = unit != null && !unit.isBlank()
                ? List.of(unit.trim())
                : plans.load().plans().stream().map(Plan::unitKey).distinct().toList();
        return units.stream()
                .flatMap(key -> activities.list(key, first, last).stream())
                .sorted(Comparator.comparing(OfflineActivity::date).thenComparing(OfflineActivity::id))
                .map(ActivityJson::of)
                .toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Ghi một hoạt động / record an activity (officer)",
            description = "multipart/form-data: date (yyyy-MM-dd, not in the future), target, kind, description"
                    + " (at most 2,000 characters), unit (needed only when several units' plans have the target)"
                    + " and an optional file (at most 20 MiB).")
    ResponseEntity<ActivityJson> record(
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String target,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String unit,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            Principal user)
            throws IOException {
        LocalDate day = date(date);
        String forTarget = required("target", target, "chỉ tiêu của kế hoạch (target)");
        ActivityKind chosen = ActivityKind.byId(required("kind", kind, "loại hoạt động (kind)"))
                .orElseThrow(() -> ApiException.invalid(
                        "kind", "Loại hoạt động «" + kind + "» không có; dùng một trong: " + ActivityKind.ids() + "."));
        String text = required("description", description, "mô tả (description)");
        if (text.length() > MAX_DESCRIPTION) {
            throw ApiException.invalid(
                    "description", "Mô tả dài " + text.length() + " ký tự, tối đa " + MAX_DESCRIPTION + ".");
        }
        String forUnit = unitOf(forTarget, day, unit);
        Path attachment = file == null || file.isEmpty() ? null : upload(file);
        try {
            OfflineActivity recorded = activities.record(
                    new NewOfflineActivity(forUnit, day, forTarget, chosen, text, attachment, user.getName()));
            return ResponseEntity.status(HttpStatus.CREATED).body(ActivityJson.of(recorded));
        } finally {
            if (attachment != null) {
                Files.deleteIfExists(attachment);
            }
        }
    }

    private LocalDate date(@Nullable String text) {
        String value = required("date", text, "ngày diễn ra (date)");
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("date", "Ngày «" + value + "» không đúng dạng yyyy-MM-dd.");
        }
        LocalDate today = clock.instant().atZone(ApiException.VIETNAM).toLocalDate();
        if (day.isAfter(today)) {
            throw ApiException.invalid("date", "Ngày " + day + " ở tương lai; chỉ ghi hoạt động đã diễn ra.");
        }
        return day;
    }

    private static String required(String field, @Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "Cần nhập " + what + ".");
        }
        return value.strip();
    }

    /** The upload in a temporary file with its extension, so the ledger keeps the right one. */
    private static Path upload(MultipartFile file) throws IOException {
        if (file.getSize() > MAX_ATTACHMENT_BYTES) {
            throw new MaxUploadSizeExceededException(MAX_ATTACHMENT_BYTES);
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        Matcher ext = EXTENSION.matcher(name);
        Path temp =
                Files.createTempFile("cchc-upload-", ext.find() ? ext.group(1).toLowerCase(Locale.ROOT) : ".bin");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        return temp;
    }
}
