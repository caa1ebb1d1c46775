package vn.cchc.publisher.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.publisher.calendar.AssignedContent;
import vn.cchc.publisher.calendar.Publication;
import vn.cchc.publisher.calendar.PublicationState;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.content.ArticleStatus;

/** Decides a slot's state from its content and the day. */
final class SlotStates {

    private SlotStates() {}

    /**
     * The state of {@code slot} on {@code today}.
     *
     * @param content what is assigned to it
     * @param leadDays how many days before the due date an empty slot becomes a gap
     */
    static SlotState of(SlotSpec slot, List<AssignedContent> content, LocalDate today, long leadDays) {
        if (slot.ongoing()) {
            return SlotState.ONGOING;
        }
        boolean over = today.isAfter(slot.due());
        if (content.isEmpty()) {
            if (over) {
                return SlotState.MISSED;
            }
            return slot.due().isAfter(today.plusDays(leadDays)) ? SlotState.OPEN : SlotState.GAP;
        }
        AssignedContent assigned = content.get(0);
        Publication publication = assigned.publication();
        if (publication != null && publication.state() == PublicationState.VERIFIED) {
            return SlotState.VERIFIED;
        }
        if (over) {
            return SlotState.MISSED;
        }
        if (publication != null) {
            return publication.state() == PublicationState.PUBLISHED ? SlotState.PUBLISHED : SlotState.QUEUED;
        }
        return assigned.article().status() == ArticleStatus.READY ? SlotState.READY : SlotState.FILLED;
    }
}
