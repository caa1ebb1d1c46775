package vn.cchc.publisher.channel.facebook;

import java.time.Clock;
import java.time.Duration;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.HttpReply;
import vn.cchc.publisher.channel.http.RetryAfter;
import vn.cchc.publisher.channel.http.Secret;
import vn.cchc.publisher.channel.http.TransientFailure;

/**
 * Maps Graph API errors to what they mean for publishing, by error code (Graph error handling and rate
 * limiting guides):
 *
 * <ul>
 *   <li>190, 102: the token is expired, revoked or invalid → needs a new token;
 *   <li>1, 2: unknown or service error → transient, the post may exist (the caller searches first);
 *   <li>4, 17, 32, 341, 613, 80001: rate limits → stop calling the Page until the usage falls;
 *   <li>368: temporarily blocked for policy reasons → retry much later;
 *   <li>3, 10, 200–299: a capability or permission is missing → needs a person;
 *   <li>1609005: Facebook could not read the link → needs a person;
 *   <li>any other code (100 invalid parameter…) → needs a person.
 * </ul>
 *
 * Code 506 (duplicate post) is the adapter's to handle: the post probably exists already.
 */
final class GraphErrors {

    private final Clock clock;
    private final UsageGate gate;
    private final Duration policyBlockPause;
    private final Secret token;

    GraphErrors(Clock clock, UsageGate gate, Duration policyBlockPause, Secret token) {
        this.clock = clock;
        this.gate = gate;
        this.policyBlockPause = policyBlockPause;
        this.token = token;
    }

    /** Throws what a failed answer means; never returns. */
    RuntimeException raise(HttpReply reply, GraphError error) {
        String detail = token.redact(error.describe());
        switch (error.code()) {
            case 190, 102 ->
                throw attention(
                        "Facebook từ chối mã truy cập Trang " + detail + ". Tạo mã truy cập Trang mới (quyền "
                                + "pages_manage_posts, pages_read_engagement) và đặt vào biến môi trường "
                                + FacebookConnection.TOKEN_VARIABLE + ".",
                        "Facebook refused the Page access token " + detail + ". Make a new Page token (permissions "
                                + "pages_manage_posts, pages_read_engagement) and set it in "
                                + FacebookConnection.TOKEN_VARIABLE + ".");
            case 1, 2 ->
                throw new TransientFailure(
                        "Facebook tạm thời gặp lỗi " + detail, "Facebook had a temporary error " + detail);
            case 4, 17, 32, 341, 613, 80001 -> throw new FailedCall(gate.limited(gate.blockForUsage()));
            case 368 ->
                throw new FailedCall(new ChannelOutcome.RetryLater(
                        clock.instant().plus(policyBlockPause),
                        "Facebook tạm chặn Trang đăng bài vì lý do chính sách " + detail + ".",
                        "Facebook temporarily blocks the Page from posting for policy reasons " + detail + "."));
            case 1609005 ->
                throw attention(
                        "Facebook không đọc được liên kết của bài " + detail + ". Kiểm tra trang web có mở được "
                                + "từ Internet không.",
                        "Facebook could not read the post's link " + detail + ". Check the website is reachable "
                                + "from the Internet.");
            default -> {
                // handled below: permissions (3, 10, 200-299), HTTP-only failures, anything else
            }
        }
        if (error.code() == 3 || error.code() == 10 || (error.code() >= 200 && error.code() <= 299)) {
            throw attention(
                    "Mã truy cập Trang thiếu quyền cần thiết " + detail + ". Cấp quyền pages_manage_posts, "
                            + "pages_read_engagement và vai trò được tạo nội dung trên Trang.",
                    "The Page token lacks a permission " + detail + ". Grant pages_manage_posts, "
                            + "pages_read_engagement and a Page role that may create content.");
        }
        if (error.code() == 0 && (reply.isServerError() || reply.status() == 429 || reply.status() == 408)) {
            throw new TransientFailure(
                    "Facebook tạm thời không xử lý được yêu cầu " + detail,
                    "Facebook could not handle the request for now " + detail,
                    RetryAfter.of(reply, clock.instant()).orElse(null));
        }
        throw attention(
                "Facebook không nhận yêu cầu " + detail + ".", "Facebook did not accept the request " + detail + ".");
    }

    /** A transient failure for a success answer whose body cannot be read. */
    TransientFailure unreadable(String whatEn) {
        return new TransientFailure(
                "Facebook trả lời một nội dung không đọc được", "Facebook gave an unreadable answer to " + whatEn);
    }

    private FailedCall attention(String vi, String en) {
        return new FailedCall(new ChannelOutcome.NeedsAttention(token.redact(vi), token.redact(en)));
    }
}
