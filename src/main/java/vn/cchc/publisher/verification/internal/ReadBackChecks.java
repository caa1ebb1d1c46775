package vn.cchc.publisher.verification.internal;

import java.util.List;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.ReadBackRequest;

/** The checks of a post read back through its channel's API: live, with a permalink, showing the text. */
final class ReadBackChecks {

    private ReadBackChecks() {}

    static List<Check> of(ReadBackRequest request, ChannelOutcome.OfReadBack outcome) {
        String channel = request.adapter().name();
        if (outcome instanceof ChannelOutcome.NotFound) {
            return List.of(Check.fail(
                    "live",
                    "bài " + request.remoteId() + " không còn trên " + channel,
                    "post " + request.remoteId() + " not found on " + channel));
        }
        if (outcome instanceof ChannelOutcome.RetryLater failure) {
            return List.of(Check.fail(
                    Check.REACHABLE,
                    "không đọc lại được bài trên " + channel + " lúc này: " + failure.reasonVi(),
                    "cannot read the post back from " + channel + " now: " + failure.reasonEn()));
        }
        if (outcome instanceof ChannelOutcome.Failure failure) {
            return List.of(Check.fail(
                    "live",
                    "không đọc lại được bài trên " + channel + ": " + failure.reasonVi(),
                    "cannot read the post back from " + channel + ": " + failure.reasonEn()));
        }
        ChannelOutcome.RemotePost post = (ChannelOutcome.RemotePost) outcome;
        Check live = post.live()
                ? Check.pass("live", "bài đang hiển thị công khai trên " + channel, "post is live on " + channel)
                : Check.fail(
                        "live",
                        "bài có trên " + channel + " nhưng không hiển thị công khai",
                        "post exists on " + channel + " but is not public");
        Check permalink = post.publicUrl().isEmpty()
                ? Check.fail("permalink", channel + " chưa cho địa chỉ công khai của bài", "no permalink yet")
                : Check.pass("permalink", "địa chỉ công khai: " + post.publicUrl(), "permalink " + post.publicUrl());
        if (request.expectedText() == null) {
            return List.of(live, permalink);
        }
        String expected = PageChecks.comparable(request.expectedText());
        Check text = PageChecks.comparable(post.text()).contains(expected)
                ? Check.pass("text", "nội dung khớp", "text matches")
                : Check.fail(
                        "text",
                        "nội dung trên " + channel + " không có \"" + expected + "\"",
                        "the post's text lacks \"" + expected + "\"");
        return List.of(live, permalink, text);
    }
}
