package vn.cchc.publisher.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.AuditRecord;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.verification.VerificationEvents;

/**
 * Records every publishing and verification event in the ledger. A plain synchronous {@code @EventListener}
 * (not an after-commit one): the row is written in the publisher's transaction, so a state change and its
 * ledger row are committed together or not at all, and no event publication registry is needed.
 */
@Component
class AuditEventListener {

    private final AuditLedger ledger;

    AuditEventListener(AuditLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener({
        PublishingEvents.Queued.class,
        PublishingEvents.ApprovalRequested.class,
        PublishingEvents.Decided.class,
        PublishingEvents.AttemptStarted.class,
        PublishingEvents.Published.class,
        PublishingEvents.RetryScheduled.class,
        PublishingEvents.NeedsAttention.class,
        PublishingEvents.Recovered.class,
        PublishingEvents.Withdrawn.class,
        PublishingEvents.GapRecorded.class,
        VerificationEvents.Verified.class,
        VerificationEvents.VerificationFailed.class
    })
    void on(Object event) {
        AuditRecord record = AuditRecords.of(event);
        if (record != null) {
            ledger.append(record);
        }
    }
}
