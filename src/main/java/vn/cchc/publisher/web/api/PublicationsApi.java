package vn.cchc.publisher.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.publishing.Approvals;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Publications;
import vn.cchc.publisher.shared.Channel;

/**
 * The publishing queue: list and read publications, queue an article, and the approver's and officer's
 * actions on one publication. The actor of every action is the signed-in user.
 */
@RestController
@RequestMapping("/api/publications")
@Tag(name = "Publications", description = "Hàng chờ đăng bài / the publishing queue")
class PublicationsApi {

    private final Publications publications;
    private final Approvals approvals;
    private final PlanCatalog plans;
    private final Clock clock;

    PublicationsApi(Publications publications, Approvals approvals, PlanCatalog plans, Clock clock) {
        this.publications = publications;
        this.approvals = approvals;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * A publication as the API shows it.
     *
     * @param channel {@code website}, {@code facebook} or {@code zalo}
     * @param state the state's identifier, e.g. {@code needs_attention}
     * @param stateLabel the state in Vietnamese
     * @param lastError the last failure or notice in Vietnamese
     */
    record PublicationJson(
            long id,
            String unit,
            String contentFile,
            String title,
            String channel,
            String state,
            String stateLabel,
            Instant plannedAt,
            boolean approvalRequired,
            String queuedBy,
            @Nullable String decidedBy,
            @Nullable String decisionComment,
            @Nullable String remoteId,
            @Nullable String url,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable String lastError,
            @Nullable String lastErrorEn,
            Instant updatedAt) {

        static PublicationJson of(PublicationView p) {
            return new PublicationJson(
                    p.id(),
                    p.unit(),
                    p.contentFile(),
                    p.title(),
                    p.channel().id(),
                    p.state().id(),
                    p.state().label(),
                    p.plannedAt(),
                    p.approvalRequired(),
                    p.queuedBy(),
                    p.decidedBy(),
                    p.decisionComment(),
                    p.remoteId(),
                    p.url(),
                    p.attempts(),
                    p.nextAttemptAt(),
                    p.lastErrorVi(),
                    p.lastErrorEn(),
                    p.updatedAt());
        }
    }

    /**
     * What to queue.
     *
     * @param file the article, relative to the content directory ({@code articles/x.md})
     * @param channels the channels, e.g. {@code ["website", "facebook"]}
     * @param plannedAt when it may go out: ISO with an offset, or local time in the unit's time zone;
     *     now when absent
     * @param unit the unit key; the plan's unit of the article's target when absent
     */
    record QueueRequest(
            @Nullable String file,
            @Nullable List<String> channels,
            @Nullable String plannedAt,
            @Nullable String unit) {}

    /** @param comment the approver's comment; required to reject */
    record Decision(@Nullable String comment) {}

    @GetMapping
    @Operation(summary = "Danh sách bài trong hàng chờ / list publications, oldest planned first")
    List<PublicationJson> list(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String unit) {
        PublicationStatus wanted = state == null || state.isBlank()
                ? null
                : PublicationStatus.byId(state.trim())
                        .orElseThrow(() -> ApiException.invalid(
                                "state", "Trạng thái «" + state + "» không có; dùng một trong: " + stateIds() + "."));
        Channel onChannel = channel == null || channel.isBlank() ? null : ApiException.channel("channel", channel);
        return publications.list(wanted).stream()
                .filter(p -> onChannel == null || p.channel() == onChannel)
                .filter(p -> unit == null || unit.isBlank() || p.unit().equals(unit.trim()))
                .map(PublicationJson::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một bài trong hàng chờ / one publication")
    PublicationJson get(@PathVariable long id) {
        return publications
                .find(id)
                .map(PublicationJson::of)
                .orElseThrow(() -> ApiException.notFound("Không có bài #" + id + " trong hàng chờ."));
    }

    @PostMapping
    @Operation(
            summary = "Đưa bài vào hàng chờ / queue a ready article on channels",
            description = "201 with the publications, one per channel; Location is the first one's URL.")
    ResponseEntity<List<PublicationJson>> queue(@RequestBody QueueRequest request, Principal user) {
        if (request.file() == null || request.file().isBlank()) {
            throw ApiException.invalid("file", "Cần cho biết tệp bài viết (file), ví dụ articles/bai-viet.md.");
        }
        if (request.channels() == null || request.channels().isEmpty()) {
            throw ApiException.invalid("channels", "Cần chọn ít nhất một kênh: " + Channel.ids() + ".");
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String id : request.channels()) {
            channels.add(ApiException.channel("channels", id));
        }
        String unit = request.unit() == null || request.unit().isBlank()
                ? null
                : request.unit().trim();
        Instant at = plannedAt(request.plannedAt(), unit);
        List<PublicationJson> queued =
                approvals.queue(unit, request.file().trim(), channels, at, user.getName()).stream()
                        .map(PublicationJson::of)
                        .toList();
        return ResponseEntity.created(
                        URI.create("/api/publications/" + queued.get(0).id()))
                .body(queued);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Duyệt / approve a queued publication (approver)")
    PublicationJson approve(
            @PathVariable long id, @RequestBody(required = false) @Nullable Decision decision, Principal user) {
        String comment = decision == null
                        || decision.comment() == null
                        || decision.comment().isBlank()
                ? null
                : decision.comment().trim();
        return PublicationJson.of(approvals.approve(id, user.getName(), comment));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Từ chối, kèm lý do / reject a queued publication with a comment (approver)")
    PublicationJson reject(
            @PathVariable long id, @RequestBody(required = false) @Nullable Decision decision, Principal user) {
        if (decision == null || decision.comment() == null || decision.comment().isBlank()) {
            throw ApiException.invalid("comment", "Cần ghi lý do từ chối (comment) để cán bộ truyền thông sửa bài.");
        }
        return PublicationJson.of(
                approvals.reject(id, user.getName(), decision.comment().trim()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Hủy / cancel a publication not yet sent (officer)")
    PublicationJson cancel(@PathVariable long id, Principal user) {
        return PublicationJson.of(approvals.cancel(id, user.getName()));
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Gửi lại ngay / send a publication that needs attention again now (officer)")
    PublicationJson retry(@PathVariable long id, Principal user) {
        return PublicationJson.of(approvals.retry(id, user.getName()));
    }

    private static String stateIds() {
        return String.join(
                ", ",
                EnumSet.allOf(PublicationStatus.class).stream()
                        .map(PublicationStatus::id)
                        .toList());
    }

    private Instant plannedAt(@Nullable String text, @Nullable String unit) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text.trim()).atZone(zone(unit)).toInstant();
            } catch (DateTimeException again) {
                throw ApiException.invalid(
                        "plannedAt",
                        "Thời điểm đăng «" + text + "» không đúng dạng ISO, ví dụ 2026-03-02T08:00 (giờ của đơn vị)"
                                + " hoặc 2026-03-02T08:00+07:00.");
            }
        }
    }

    /** The unit's time zone from its plan; the zone every plan shares when no unit is named; else Vietnam. */
    private ZoneId zone(@Nullable String unit) {
        List<Plan> all = plans.load().plans();
        List<ZoneId> zones = all.stream()
                .filter(p -> unit == null || unit.equals(p.unit().id()) || unit.equals(p.key()))
                .map(Plan::timezone)
                .distinct()
                .toList();
        return zones.size() == 1 ? zones.get(0) : ApiException.VIETNAM;
    }
}
