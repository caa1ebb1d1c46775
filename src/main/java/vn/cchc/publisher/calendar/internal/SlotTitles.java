package vn.cchc.publisher.calendar.internal;

import java.util.stream.Collectors;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.plan.TargetKind;

/** The Vietnamese words every format uses for a slot. */
final class SlotTitles {

    private SlotTitles() {}

    /** "Tin bài CCHC tháng 3/2026 – Cải cách thủ tục hành chính": what, when, and on which area or task. */
    static String title(Slot slot) {
        return noun(slot.target().kind()) + " " + slot.period() + " – " + subject(slot);
    }

    /** The slot's area, else the target's only area, else the target's task. */
    static String subject(Slot slot) {
        if (slot.area() != null) {
            return slot.area().title();
        }
        Target target = slot.target();
        return target.areas().size() == 1 ? target.areas().get(0).title() : target.task();
    }

    /** What a target of this kind produces, as a calendar entry names it. */
    static String noun(TargetKind kind) {
        return switch (kind) {
            case ARTICLE -> "Tin bài CCHC";
            case TTHC_LISTING -> "Công khai TTHC";
            case VIDEO -> "Video CCHC";
            case NEWSLETTER -> "Bản tin CCHC";
            case PRESS -> "Bài gửi báo, đài";
            case EVENT -> "Tuyên truyền tại hội nghị";
            case CONTEST -> "Cuộc thi CCHC";
            case VISUAL -> "Tuyên truyền trực quan";
            case REPORT -> "Báo cáo CCHC";
            case OTHER -> "Hoạt động tuyên truyền CCHC";
        };
    }

    /** The target's channels as users read them, comma-separated; "không" when it has none. */
    static String channels(Target target) {
        return target.channels().isEmpty()
                ? "không"
                : target.channels().stream().map(PlanChannel::title).collect(Collectors.joining(", "));
    }

    /** An article's status: "bản nháp" or "sẵn sàng". */
    static String status(ArticleStatus status) {
        return status == ArticleStatus.READY ? "sẵn sàng" : "bản nháp";
    }
}
