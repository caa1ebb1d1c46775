package vn.cchc.publisher.calendar;

/**
 * Where a slot stands today. {@link #id()} is used in JSON; {@link #label()} is what users read.
 *
 * <p>Content moves a slot through {@code filled} (a draft is assigned), {@code ready}, and the
 * publishing engine's {@code queued}, {@code published} and {@code verified}. A slot without content is
 * {@code open}, a {@code gap} once its due date is within the lead time, and {@code missed} once its
 * window is over without a verified publication, whatever was assigned.
 */
public enum SlotState {
    /** Nothing assigned yet, and the due date is still more than the lead time away. */
    OPEN("open", "Còn trống"),
    /** A draft article is assigned. */
    FILLED("filled", "Đã có bài"),
    /** The assigned article is ready to publish. */
    READY("ready", "Sẵn sàng"),
    /** The assigned article waits in the publishing queue. */
    QUEUED("queued", "Chờ đăng"),
    /** The assigned article was published but not verified yet. */
    PUBLISHED("published", "Đã đăng"),
    /** The publication of the assigned article was verified. */
    VERIFIED("verified", "Đã kiểm tra"),
    /** The window is over without a verified publication. */
    MISSED("missed", "Bỏ lỡ"),
    /** Nothing assigned and the due date is within the lead time. */
    GAP("gap", "Thiếu bài"),
    /** An ongoing target ("Thường xuyên"): shown for the whole window, never a gap or missed. */
    ONGOING("ongoing", "Thường xuyên");

    private final String id;
    private final String label;

    SlotState(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The identifier, e.g. {@code gap}. */
    public String id() {
        return id;
    }

    /** The Vietnamese label, e.g. "Thiếu bài". */
    public String label() {
        return label;
    }
}
