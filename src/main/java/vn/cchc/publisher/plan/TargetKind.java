package vn.cchc.publisher.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a target produces. When a target names no channels, it goes to its kind's
 * {@link #defaultChannels()}.
 */
public enum TargetKind {
    /** News items and articles (tin, bài). */
    ARTICLE("article", List.of(PlanChannel.WEBSITE)),
    /** The published list of the unit's administrative procedures (công khai thủ tục hành chính). */
    TTHC_LISTING("tthc-listing", List.of(PlanChannel.WEBSITE)),
    /** Video clips and reportages (video clip, phóng sự). */
    VIDEO("video", List.of(PlanChannel.WEBSITE)),
    /** Issues of a newsletter (bản tin). */
    NEWSLETTER("newsletter", List.of(PlanChannel.NEWSLETTER)),
    /** Articles sent to the provincial paper, radio or TV. */
    PRESS("press", List.of(PlanChannel.PRESS)),
    /** Conferences, seminars, meetings, training sessions (hội nghị, hội thảo, tọa đàm, tập huấn, buổi). */
    EVENT("event", List.of(PlanChannel.EVENT)),
    /** Contests (cuộc thi, hội thi). */
    CONTEST("contest", List.of(PlanChannel.EVENT)),
    /** Posters, banners, slogans (pano, áp phích, khẩu hiệu, băng rôn). */
    VISUAL("visual", List.of(PlanChannel.POSTER)),
    /** Reports to the supervising body; not published. */
    REPORT("report", List.of()),
    /** Anything else; not published unless channels are named. */
    OTHER("other", List.of());

    private final String id;
    private final List<PlanChannel> defaultChannels;

    TargetKind(String id, List<PlanChannel> defaultChannels) {
        this.id = id;
        this.defaultChannels = defaultChannels;
    }

    /** The identifier used in plan files, e.g. {@code tthc-listing}. */
    public String id() {
        return id;
    }

    /** The channels a target of this kind goes to when it names none; may be empty. */
    public List<PlanChannel> defaultChannels() {
        return defaultChannels;
    }

    /** Finds a kind by its identifier; empty if there is none. */
    public static Optional<TargetKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** The identifiers, comma-separated, for error messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(TargetKind::id).toList());
    }
}
