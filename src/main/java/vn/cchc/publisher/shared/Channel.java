package vn.cchc.publisher.shared;

import java.util.Arrays;
import java.util.Optional;

/** The online channels the service publishes to. {@link #id()} is used in front matter and config. */
public enum Channel {
    WEBSITE("website", "Trang thông tin điện tử"),
    FACEBOOK("facebook", "Trang Facebook"),
    ZALO("zalo", "Zalo OA");

    private final String id;
    private final String title;

    Channel(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The stable identifier, e.g. {@code website}. */
    public String id() {
        return id;
    }

    /** The Vietnamese name shown to users. */
    public String title() {
        return title;
    }

    /** Finds a channel by its identifier; empty if there is none. */
    public static Optional<Channel> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** The identifiers, comma-separated, for error messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Channel::id).toList());
    }
}
