package vn.cchc.publisher.audit.report;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The result of a target in a period. Only a target with a count in the period can be {@link #MET} or
 * {@link #NOT_MET}; an ongoing or on-demand target, or one with nothing due in the period, never fails for
 * lacking a count.
 */
public enum RowStatus {
    /** Verified items and offline activities reach the count. */
    MET("met", "Đạt"),
    /** The period is over and the count is not reached. */
    NOT_MET("not-met", "Chưa đạt"),
    /** The count is not reached yet, but the period is not over. */
    IN_PROGRESS("in-progress", "Đang thực hiện"),
    /** No count in the period, and something was done. */
    DONE("done", "Đã thực hiện"),
    /** An ongoing target ("Thường xuyên") with nothing done in the period. */
    ONGOING("ongoing", "Thường xuyên"),
    /** An on-demand target ("Khi có yêu cầu") with nothing done in the period. */
    ON_DEMAND("on-demand", "Khi có yêu cầu"),
    /** Nothing is due in the period (a yearly target in a quarter's report), and nothing was done. */
    NOT_DUE("not-due", "Không có chỉ tiêu trong kỳ");

    private final String id;
    private final String label;

    RowStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The identifier, used in JSON. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The Vietnamese name. */
    public String label() {
        return label;
    }

    /** Whether the target had a count in the period (met, not met or in progress). */
    public boolean counted() {
        return this == MET || this == NOT_MET || this == IN_PROGRESS;
    }
}
