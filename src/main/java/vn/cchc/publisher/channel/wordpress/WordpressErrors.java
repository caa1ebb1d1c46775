package vn.cchc.publisher.channel.wordpress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.HttpReply;
import vn.cchc.publisher.channel.http.RetryAfter;
import vn.cchc.publisher.channel.http.Secret;
import vn.cchc.publisher.channel.http.TransientFailure;

/**
 * Maps a WordPress REST answer that is not a success to the failure it means. WordPress errors look like
 * {@code {"code":"rest_invalid_param","message":"…","data":{"status":400,"params":{…}}}}; the decision is
 * taken on the HTTP status (a wrong application password gives {@code rest_not_logged_in} or
 * {@code rest_cannot_create}, never reliably {@code incorrect_password}).
 */
final class WordpressErrors {

    private static final int MAX_MESSAGE = 300;

    private final Clock clock;
    private final Secret password;

    WordpressErrors(Clock clock, Secret password) {
        this.clock = clock;
        this.password = password;
    }

    /**
     * Returns if {@code reply} is a success, else throws what it means.
     *
     * @throws TransientFailure for 408, 429 and 5xx (the caller looks for the post before trying again)
     * @throws FailedCall with {@link ChannelOutcome.NeedsAttention} for other 4xx and other statuses
     */
    void check(HttpReply reply, String whatEn) {
        if (reply.isSuccess()) {
            return;
        }
        int status = reply.status();
        String code = field(reply, "code");
        String detail = detail(reply);
        if (status == 408 || status == 425 || status == 429 || reply.isServerError()) {
            throw new TransientFailure(
                    "WordPress tạm thời không xử lý được yêu cầu (HTTP " + status + detail + ")",
                    "WordPress could not " + whatEn + " for now (HTTP " + status + detail + ")",
                    RetryAfter.of(reply, clock.instant()).orElse(null));
        }
        if (status == 401) {
            throw attention(
                    "WordPress từ chối đăng nhập (HTTP 401" + detail + "). Kiểm tra tên người dùng "
                            + "cchc.channels.wordpress.user và mật khẩu ứng dụng trong biến môi trường "
                            + WordpressConnection.PASSWORD_VARIABLE + "; nếu cả hai đúng, máy chủ web có thể đã "
                            + "bỏ tiêu đề Authorization.",
                    "WordPress refused the login (HTTP 401" + detail + "). Check cchc.channels.wordpress.user "
                            + "and the application password in " + WordpressConnection.PASSWORD_VARIABLE
                            + "; if both are right, the web server may drop the Authorization header.");
        }
        if (status == 403) {
            throw attention(
                    "Tài khoản WordPress không có quyền thực hiện việc này (HTTP 403" + detail + "). Cấp quyền "
                            + "đăng bài (vai trò Biên tập viên hoặc Tác giả) cho tài khoản.",
                    "The WordPress account may not " + whatEn + " (HTTP 403" + detail + "). Give it a role "
                            + "that can publish posts (Editor or Author).");
        }
        if (status == 404 && (code.isEmpty() || code.equals("rest_no_route"))) {
            throw attention(
                    "Không tìm thấy REST API của WordPress (HTTP 404" + detail + "). Kiểm tra địa chỉ "
                            + "cchc.channels.wordpress.base-url và bật đường dẫn tĩnh (permalinks).",
                    "The WordPress REST API was not found (HTTP 404" + detail + "). Check "
                            + "cchc.channels.wordpress.base-url and that pretty permalinks are on.");
        }
        throw attention(
                "WordPress không nhận yêu cầu (HTTP " + status + detail + ").",
                "WordPress did not accept the request to " + whatEn + " (HTTP " + status + detail + ").");
    }

    /** Throws a transient failure for a success answer whose body cannot be read. */
    TransientFailure unreadable(String whatEn) {
        return new TransientFailure(
                "WordPress trả lời một nội dung không đọc được", "WordPress gave an unreadable answer to " + whatEn);
    }

    FailedCall attention(String vi, String en) {
        return new FailedCall(new ChannelOutcome.NeedsAttention(password.redact(vi), password.redact(en)));
    }

    /** The error's code, e.g. {@code rest_invalid_param}; empty if none. */
    static String field(HttpReply reply, String name) {
        return reply.json().map(json -> json.path(name).asString("")).orElse("");
    }

    /** ", code: message (param: problem; …)" from the error body, shortened; empty if there is none. */
    private String detail(HttpReply reply) {
        JsonNode json = reply.json().orElse(null);
        if (json == null || !json.isObject()) {
            return "";
        }
        String code = json.path("code").asString("");
        String message = json.path("message").asString("");
        List<String> params = new ArrayList<>();
        for (Map.Entry<String, JsonNode> param :
                json.path("data").path("params").properties()) {
            params.add(param.getKey() + ": " + param.getValue().asString(""));
        }
        String text = (code.isEmpty() ? "" : ", " + code)
                + (message.isEmpty() ? "" : ": " + message)
                + (params.isEmpty() ? "" : " (" + String.join("; ", params) + ")");
        if (text.length() > MAX_MESSAGE) {
            text = text.substring(0, MAX_MESSAGE) + "…";
        }
        return password.redact(text);
    }
}
