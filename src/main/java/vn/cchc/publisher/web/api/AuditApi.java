package vn.cchc.publisher.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.AuditPage;
import vn.cchc.publisher.audit.AuditQuery;
import vn.cchc.publisher.audit.LedgerCheck;

/** The audit ledger, filtered and paged, and its integrity check (auditor, approver, admin). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Sổ nhật ký kiểm tra / the hash-chained audit ledger")
class AuditApi {

    private final AuditLedger ledger;

    AuditApi(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /** One page of rows, newest first, and how many rows match in all. */
    record PageJson(List<AuditEntry> entries, int page, int size, long total) {}

    /**
     * What the check found.
     *
     * @param intact whether every row is in place and unchanged
     * @param rows the rows checked (when intact)
     * @param lastHash the last row's hash (when intact)
     * @param brokenSeq the first broken row (when not)
     * @param problem {@code edited}, {@code deleted} or {@code reordered} (when not)
     * @param reason a sentence in Vietnamese (when not)
     */
    record CheckJson(
            boolean intact,
            @Nullable Long rows,
            @Nullable String lastHash,
            @Nullable Long brokenSeq,
            @Nullable String problem,
            @Nullable String reason,
            @Nullable String reasonEn) {}

    @GetMapping
    @Operation(
            summary = "Tra cứu nhật ký / search the ledger, newest first",
            description = "from/to: days (yyyy-MM-dd, Vietnam time, inclusive); channel: website, facebook, zalo;"
                    + " target: a subject (publication:42) or a plan target id; actor; type (approved, published…);"
                    + " page from 0; size 1–500 (50 by default).")
    PageJson search(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String target,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid("to", "Ngày kết thúc (to) " + to + " trước ngày bắt đầu (from) " + from + ".");
        }
        if (page < 0) {
            throw ApiException.invalid("page", "Trang (page) bắt đầu từ 0.");
        }
        if (size < 1 || size > AuditQuery.MAX_SIZE) {
            throw ApiException.invalid("size", "Số dòng mỗi trang (size) từ 1 đến " + AuditQuery.MAX_SIZE + ".");
        }
        AuditQuery query = new AuditQuery(
                from == null ? null : from.atStartOfDay(ApiException.VIETNAM).toInstant(),
                to == null
                        ? null
                        : to.plusDays(1).atStartOfDay(ApiException.VIETNAM).toInstant(),
                blankToNull(channel),
                blankToNull(target),
                blankToNull(actor),
                blankToNull(type));
        AuditPage found = ledger.search(query, page, size);
        return new PageJson(found.entries(), page, size, found.total());
    }

    @GetMapping("/verify")
    @Operation(summary = "Kiểm tra tính toàn vẹn / check the hash chain")
    CheckJson verify() {
        LedgerCheck check = ledger.verify();
        if (check instanceof LedgerCheck.Broken broken) {
            return new CheckJson(
                    false,
                    null,
                    null,
                    broken.seq(),
                    broken.problem().name().toLowerCase(Locale.ROOT),
                    broken.reasonVi(),
                    broken.reasonEn());
        }
        LedgerCheck.Intact intact = (LedgerCheck.Intact) check;
        return new CheckJson(true, intact.rows(), intact.lastHash(), null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
