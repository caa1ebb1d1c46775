package vn.cchc.publisher.audit;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of offline communication activity a plan counts beside online posts. */
public enum ActivityKind {
    CONFERENCE("conference", "Hội nghị, tọa đàm"),
    LOBBY_TV("lobby-tv", "Phát clip trên màn hình sảnh"),
    POSTER("poster", "Áp phích, pano, tờ rơi"),
    CONTEST("contest", "Cuộc thi"),
    OTHER("other", "Hoạt động khác");

    private final String id;
    private final String title;

    ActivityKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The stable identifier used on the command line and in the ledger, e.g. {@code lobby-tv}. */
    public String id() {
        return id;
    }

    /** The Vietnamese name shown to users. */
    public String title() {
        return title;
    }

    /** Finds a kind by its identifier; empty if there is none. */
    public static Optional<ActivityKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** The identifiers, comma-separated, for error messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ActivityKind::id).toList());
    }
}
