package vn.cchc.publisher.web.api;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import vn.cchc.publisher.shared.Channel;

/**
 * A request the API refuses, with a Vietnamese title and detail for the problem document and, for bad
 * input, the request field concerned.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The units' time zone, for days and local times given without an offset. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HttpStatus status;
    private final String title;
    private final @Nullable String field;

    private ApiException(HttpStatus status, String title, String detail, @Nullable String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    /** A 400 naming the field that is wrong. */
    static ApiException invalid(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", detail, field);
    }

    /** The channel named {@code id}; a 400 naming {@code field} when there is none. */
    static Channel channel(String field, String id) {
        return Channel.byId(id.trim())
                .orElseThrow(
                        () -> invalid(field, "Kênh «" + id + "» không có; dùng một trong: " + Channel.ids() + "."));
    }

    /** A 404. */
    static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "Không tìm thấy", detail, null);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    @Nullable
    String field() {
        return field;
    }
}
