package vn.cchc.publisher.calendar;

/** Why a content item fits no slot. {@link #label()} is what users read. */
public enum UnassignedReason {
    /** Its {@code target} is not a target of the plan. */
    UNKNOWN_TARGET("unknown-target", "Chỉ tiêu ghi trong bài không có trong kế hoạch"),
    /** Its target is done offline (events, press, posters…): recorded as activities, not content. */
    OFFLINE_TARGET("offline-target", "Chỉ tiêu không đăng trực tuyến"),
    /** Its target is done only on demand and has no slots. */
    ON_DEMAND_TARGET("on-demand-target", "Chỉ tiêu chỉ thực hiện khi có yêu cầu, không có lịch"),
    /** Its area is not one of the areas of its per-area target. */
    AREA_NOT_IN_TARGET("area-not-in-target", "Lĩnh vực của bài không thuộc chỉ tiêu"),
    /** No open slot's window contains its publication date. */
    NO_SLOT_AT_DATE("no-slot-at-date", "Không còn chỗ trống trong thời gian đăng bài"),
    /** Every slot it could fill is taken or over. */
    NO_OPEN_SLOT("no-open-slot", "Không còn chỗ trống"),
    /** It names no target and no article target of the plan covers its area. */
    NO_MATCHING_TARGET("no-matching-target", "Không có chỉ tiêu tin bài phù hợp");

    private final String id;
    private final String label;

    UnassignedReason(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The identifier, e.g. {@code no-open-slot}. */
    public String id() {
        return id;
    }

    /** The Vietnamese explanation. */
    public String label() {
        return label;
    }
}
