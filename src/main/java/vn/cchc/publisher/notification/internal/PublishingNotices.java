package vn.cchc.publisher.notification.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.publishing.PublishingEvents;

/**
 * Turns publishing events into notices. Synchronous, like the audit ledger: the notice is stored in the
 * transaction that made the change, so it exists exactly when the change does.
 */
@Component
class PublishingNotices {

    private final NoticeRecorder recorder;

    PublishingNotices(NoticeRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(PublishingEvents.ApprovalRequested event) {
        recorder.record(NoticeTexts.approvalRequested(event));
    }

    @EventListener
    void on(PublishingEvents.NeedsAttention event) {
        recorder.record(NoticeTexts.needsAttention(event));
    }

    @EventListener
    void on(PublishingEvents.GapRecorded event) {
        recorder.record(NoticeTexts.gapRecorded(event));
    }
}
