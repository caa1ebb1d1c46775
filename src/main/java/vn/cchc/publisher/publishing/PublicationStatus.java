package vn.cchc.publisher.publishing;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a publication stands. {@link #id()} is stored in the database and shown on the command line;
 * {@link #label()} is what users read. The allowed moves between states are checked in one place, by
 * {@link #canMoveTo}.
 */
public enum PublicationStatus {
    /** Waiting for an approver (or, with approval not required, about to be approved). */
    QUEUED("queued", "Chờ duyệt"),
    /** Approved for its content revision; goes out at its planned time. */
    APPROVED("approved", "Đã duyệt"),
    /** Claimed by an instance that is sending it now. */
    PUBLISHING("publishing", "Đang đăng"),
    /** On its channel. */
    PUBLISHED("published", "Đã đăng"),
    /** On its channel and checked. */
    VERIFIED("verified", "Đã kiểm tra"),
    /** A transient failure: tried again at its next attempt time. */
    RETRYING("retrying", "Chờ thử lại"),
    /**
     * A permanent failure, or too many transient ones, or a post that a check after publishing found gone
     * or changed: the officer must act.
     */
    NEEDS_ATTENTION("needs_attention", "Cần xử lý"),
    /** Rejected by the approver, with a comment: back to the officer. */
    REJECTED("rejected", "Bị từ chối"),
    /** Cancelled by the officer. */
    CANCELLED("cancelled", "Đã hủy");

    private final String id;
    private final String label;

    PublicationStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The identifier, e.g. {@code needs_attention}. */
    public String id() {
        return id;
    }

    /** The Vietnamese label. */
    public String label() {
        return label;
    }

    /** Finds a state by its identifier; empty if there is none. */
    public static Optional<PublicationStatus> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /**
     * Whether a publication may move from this state to {@code next}:
     *
     * <ul>
     *   <li>queued → approved, rejected, cancelled;
     *   <li>approved → publishing, queued (approval withdrawn), cancelled;
     *   <li>publishing → published, retrying, needs attention, approved (nothing sent after a crash),
     *       queued (content changed before sending);
     *   <li>retrying → publishing, queued, approved (content changed), needs attention, cancelled;
     *   <li>needs attention → approved (retry), queued (content changed), cancelled, verified (a post
     *       flagged by a check passes again: recovered);
     *   <li>published → verified, needs attention (a check failed), queued or approved (content changed:
     *       an update of the same post);
     *   <li>verified → queued or approved (content changed), published, needs attention (re-verification
     *       found the post gone or changed);
     *   <li>rejected → queued (queued again or edited), cancelled;
     *   <li>cancelled → queued (queued again).
     * </ul>
     */
    public boolean canMoveTo(PublicationStatus next) {
        return switch (this) {
            case QUEUED -> next == APPROVED || next == REJECTED || next == CANCELLED;
            case APPROVED -> next == PUBLISHING || next == QUEUED || next == CANCELLED;
            case PUBLISHING ->
                next == PUBLISHED || next == RETRYING || next == NEEDS_ATTENTION || next == APPROVED || next == QUEUED;
            case RETRYING ->
                next == PUBLISHING
                        || next == QUEUED
                        || next == APPROVED
                        || next == NEEDS_ATTENTION
                        || next == CANCELLED;
            case NEEDS_ATTENTION -> next == APPROVED || next == QUEUED || next == CANCELLED || next == VERIFIED;
            case PUBLISHED -> next == VERIFIED || next == NEEDS_ATTENTION || next == QUEUED || next == APPROVED;
            case VERIFIED -> next == QUEUED || next == APPROVED || next == PUBLISHED || next == NEEDS_ATTENTION;
            case REJECTED -> next == QUEUED || next == CANCELLED;
            case CANCELLED -> next == QUEUED;
        };
    }
}
