package vn.cchc.publisher.plan;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Channel;

/**
 * Where a target's output goes: the closed list of channels a plan file may name. The three online
 * channels the service publishes to map to {@link Channel}; for the others (YouTube, the press, a printed
 * newsletter, a meeting, posters, …) the officer records what was done as evidence.
 */
public enum PlanChannel {
    WEBSITE("website", "Trang thông tin điện tử", Channel.WEBSITE),
    FACEBOOK("facebook", "Trang Facebook", Channel.FACEBOOK),
    ZALO("zalo", "Zalo OA", Channel.ZALO),
    YOUTUBE("youtube", "Kênh YouTube", null),
    PRESS("press", "Báo, đài phát thanh, truyền hình", null),
    NEWSLETTER("newsletter", "Bản tin, ấn phẩm in", null),
    EVENT("event", "Hội nghị, hội thảo, tọa đàm, tập huấn, cuộc thi", null),
    POSTER("poster", "Pano, áp phích, khẩu hiệu, băng rôn", null),
    LEAFLET("leaflet", "Tờ rơi, tờ gấp, sổ tay", null),
    LOUDSPEAKER("loudspeaker", "Hệ thống loa, truyền thanh", null),
    SCREEN("screen", "Màn hình, ti vi tại sảnh", null),
    NOTICE_BOARD("notice-board", "Bảng niêm yết, bảng tin tại đơn vị", null);

    private final String id;
    private final String title;
    private final @Nullable Channel online;

    PlanChannel(String id, String title, @Nullable Channel online) {
        this.id = id;
        this.title = title;
        this.online = online;
    }

    /** The identifier used in plan files, e.g. {@code website}, {@code notice-board}. */
    public String id() {
        return id;
    }

    /** The Vietnamese name shown to users. */
    public String title() {
        return title;
    }

    /** The channel the service publishes to, or empty when the officer records the output by hand. */
    public Optional<Channel> online() {
        return Optional.ofNullable(online);
    }

    /** Finds a channel by its identifier; empty if there is none. */
    public static Optional<PlanChannel> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** The identifiers, comma-separated, for error messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(PlanChannel::id).toList());
    }
}
