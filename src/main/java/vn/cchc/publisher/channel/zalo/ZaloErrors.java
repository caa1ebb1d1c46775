package vn.cchc.publisher.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.HttpReply;
import vn.cchc.publisher.channel.http.RetryAfter;
import vn.cchc.publisher.channel.http.TransientFailure;

/**
 * Maps Zalo OA errors to what they mean. Zalo answers most errors with HTTP 200 and
 * {@code {"error": <non-zero>, "message": "…"}}, so the {@code error} field is checked on every answer:
 *
 * <ul>
 *   <li>-216, -220: the access token is invalid or expired (the caller refreshes it once first);
 *   <li>-32: the per-minute call limit → retry after a minute;
 *   <li>-211, and -223 when its message speaks of a quota or limit: the article quota is used up → retry
 *       after the quota pause;
 *   <li>-201 (a field is invalid), -221/-224 (the OA must be verified or upgraded), -223 otherwise (the
 *       OA has not authorised the API), and any other code → needs a person.
 * </ul>
 */
final class ZaloErrors {

    private final Clock clock;
    private final Duration quotaPause;

    ZaloErrors(Clock clock, Duration quotaPause) {
        this.clock = clock;
        this.quotaPause = quotaPause;
    }

    /** Throws what an HTTP status other than 2xx means. */
    RuntimeException http(HttpReply reply, String whatEn) {
        if (reply.isServerError() || reply.status() == 429 || reply.status() == 408) {
            throw new TransientFailure(
                    "Zalo tạm thời không xử lý được yêu cầu (HTTP " + reply.status() + ")",
                    "Zalo could not " + whatEn + " for now (HTTP " + reply.status() + ")",
                    RetryAfter.of(reply, clock.instant()).orElse(null));
        }
        throw attention(
                "Zalo không nhận yêu cầu (HTTP " + reply.status() + ").",
                "Zalo did not accept the request to " + whatEn + " (HTTP " + reply.status() + ").");
    }

    /** Throws what a non-zero {@code error} means. */
    RuntimeException raise(int error, String message, String whatEn) {
        String detail = "(" + error + ": " + shorten(message) + ")";
        String lower = message.toLowerCase(Locale.ROOT);
        switch (error) {
            case -216, -220 ->
                throw attention(
                        "Zalo từ chối mã truy cập kể cả sau khi làm mới " + detail + ". Quản trị viên OA cần cấp "
                                + "quyền lại cho ứng dụng và đặt refresh token mới vào biến môi trường "
                                + ZaloConnection.REFRESH_TOKEN_VARIABLE + ".",
                        "Zalo refused the access token even after a refresh " + detail + ". An OA admin must "
                                + "authorise the app again and set the new refresh token in "
                                + ZaloConnection.REFRESH_TOKEN_VARIABLE + ".");
            case -32 ->
                throw new TransientFailure(
                        "Zalo giới hạn số lần gọi API mỗi phút " + detail,
                        "Zalo's per-minute call limit was reached " + detail,
                        clock.instant().plusSeconds(60));
            case -221, -224 ->
                throw attention(
                        "OA Zalo cần được xác thực hoặc nâng cấp gói dịch vụ để dùng API bài viết " + detail + ".",
                        "The Zalo OA must be verified or upgraded to use the article API " + detail + ".");
            case -201 ->
                throw attention(
                        "Zalo không nhận bài: dữ liệu không hợp lệ " + detail + ".",
                        "Zalo rejected the article: invalid data " + detail + ".");
            default -> {
                // quotas and anything else, below
            }
        }
        if (error == -211 || (error == -223 && (lower.contains("quota") || lower.contains("limit")))) {
            throw new FailedCall(new ChannelOutcome.RetryLater(
                    clock.instant().plus(quotaPause),
                    "OA Zalo đã hết hạn mức đăng bài " + detail + ".",
                    "The Zalo OA has used up its article quota " + detail + "."));
        }
        if (error == -223) {
            throw attention(
                    "OA Zalo chưa cấp quyền dùng API này cho ứng dụng " + detail + ".",
                    "The Zalo OA has not authorised the app to use this API " + detail + ".");
        }
        throw attention(
                "Zalo báo lỗi khi " + whatEn + " " + detail + ".",
                "Zalo reported an error to " + whatEn + " " + detail + ".");
    }

    /** A transient failure for an answer whose body cannot be read. */
    TransientFailure unreadable(String whatEn) {
        return new TransientFailure(
                "Zalo trả lời một nội dung không đọc được", "Zalo gave an unreadable answer to " + whatEn);
    }

    static FailedCall attention(String vi, String en) {
        return new FailedCall(new ChannelOutcome.NeedsAttention(vi, en));
    }

    private static String shorten(String message) {
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
