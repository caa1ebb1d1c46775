package vn.cchc.publisher.calendar;

/** How far the publishing engine got with a content item, in order. */
public enum PublicationState {
    /** Approved and waiting in the queue for its time. */
    QUEUED,
    /** Published on at least one channel. */
    PUBLISHED,
    /** Published and checked: the published page shows what was sent. */
    VERIFIED
}
