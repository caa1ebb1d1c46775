package vn.cchc.publisher.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.audit.AuditRecord;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.verification.VerificationEvents;

/** Turns the other modules' events into ledger records: type, subject, actor and the facts worth keeping. */
final class AuditRecords {

    static final String SYSTEM = "system";

    private AuditRecords() {}

    /** The record of a known event; null for any other object. */
    static @Nullable AuditRecord of(Object event) {
        if (event instanceof PublishingEvents.Queued e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    e.actor(),
                    "queued",
                    publication(e.publicationId()),
                    facts(
                            "contentFile", e.contentFile(),
                            "contentHash", e.contentHash(),
                            "channel", e.channel().id(),
                            "plannedAt", e.plannedAt()));
        }
        if (event instanceof PublishingEvents.ApprovalRequested e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    e.actor(),
                    "approval-requested",
                    publication(e.publicationId()),
                    facts("title", e.title(), "channel", e.channel().id()));
        }
        if (event instanceof PublishingEvents.Decided e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    e.actor(),
                    e.approved() ? "approved" : "rejected",
                    publication(e.publicationId()),
                    facts("contentHash", e.contentHash(), "comment", e.comment()));
        }
        if (event instanceof PublishingEvents.AttemptStarted e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    SYSTEM,
                    "attempt-started",
                    publication(e.publicationId()),
                    facts("channel", e.channel().id(), "attempt", e.attempt()));
        }
        if (event instanceof PublishingEvents.Published e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    SYSTEM,
                    e.update() ? "updated" : "published",
                    publication(e.publicationId()),
                    facts(
                            "contentFile", e.contentFile(),
                            "contentHash", e.contentHash(),
                            "channel", e.channel().id(),
                            "remoteId", e.remoteId(),
                            "url", e.url()));
        }
        if (event instanceof PublishingEvents.RetryScheduled e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    SYSTEM,
                    "retry-scheduled",
                    publication(e.publicationId()),
                    facts("channel", e.channel().id(), "reasonEn", e.reasonEn(), "retryAt", e.retryAt()));
        }
        if (event instanceof PublishingEvents.NeedsAttention e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    SYSTEM,
                    "needs-attention",
                    publication(e.publicationId()),
                    facts(
                            "title", e.title(),
                            "channel", e.channel().id(),
                            "reasonVi", e.reasonVi(),
                            "reasonEn", e.reasonEn()));
        }
        if (event instanceof PublishingEvents.Recovered e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    SYSTEM,
                    "recovered",
                    publication(e.publicationId()),
                    facts("title", e.title(), "channel", e.channel().id(), "previousReasonEn", e.previousReasonEn()));
        }
        if (event instanceof PublishingEvents.Withdrawn e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    e.actor(),
                    e.unpublished() ? "unpublished" : "cancelled",
                    publication(e.publicationId()),
                    facts("channel", e.channel().id()));
        }
        if (event instanceof PublishingEvents.GapRecorded e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    SYSTEM,
                    "gap-recorded",
                    "slot:" + e.slotId(),
                    facts("task", e.task(), "due", e.due()));
        }
        if (event instanceof VerificationEvents.Verified e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    SYSTEM,
                    "verified",
                    subject(e.publicationId(), e.url()),
                    facts("kind", e.kind(), "url", e.url(), "sha256", e.sha256()));
        }
        if (event instanceof VerificationEvents.VerificationFailed e) {
            return new AuditRecord(
                    e.at(),
                    e.unit(),
                    SYSTEM,
                    "verification-failed",
                    subject(e.publicationId(), e.url()),
                    facts(
                            "kind", e.kind(),
                            "url", e.url(),
                            "sha256", e.sha256(),
                            "reasonsVi", e.reasonsVi(),
                            "reasonsEn", e.reasonsEn()));
        }
        return null;
    }

    private static String publication(long id) {
        return "publication:" + id;
    }

    private static String subject(@Nullable Long publicationId, String url) {
        return publicationId == null ? "url:" + url : publication(publicationId);
    }

    /** An ordered map of name/value pairs; null values are kept (as JSON null). */
    private static Map<String, @Nullable Object> facts(@Nullable Object... pairs) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return map;
    }
}
