package vn.cchc.publisher.channel.http;

import java.util.List;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.shared.Channel;

/** The status every HTTP adapter reports, built the same way for each: missing settings, probe results. */
public final class Statuses {

    private final Channel channel;
    private final String adapter;
    private final String label;

    /**
     * @param channel the channel
     * @param adapter the adapter's name, e.g. {@code wordpress}
     * @param label the name users know the channel by, e.g. {@code WordPress}
     */
    public Statuses(Channel channel, String adapter, String label) {
        this.channel = channel;
        this.adapter = adapter;
        this.label = label;
    }

    /** Settings or secrets are missing; the status names them. */
    public ChannelStatus notConfigured(List<String> missing) {
        String names = String.join(", ", missing);
        return status(
                ChannelStatus.State.NOT_CONFIGURED,
                missing,
                "Chưa cấu hình " + label + ": thiếu " + names + ".",
                label + " is not configured: " + names + " missing.");
    }

    /** The probe succeeded. */
    public ChannelStatus ready(String detailVi, String detailEn) {
        return status(ChannelStatus.State.READY, List.of(), detailVi, detailEn);
    }

    /** The channel answered but refuses the credentials or a permission. */
    public ChannelStatus rejected(String detailVi, String detailEn) {
        return status(ChannelStatus.State.REJECTED, List.of(), detailVi, detailEn);
    }

    /** The probe ended with a final failure: unreachable if it was transient, else rejected. */
    public ChannelStatus failed(FailedCall failed) {
        ChannelOutcome.Failure failure = failed.failure();
        ChannelStatus.State state = failure instanceof ChannelOutcome.RetryLater
                ? ChannelStatus.State.UNREACHABLE
                : ChannelStatus.State.REJECTED;
        return status(state, List.of(), failure.reasonVi(), failure.reasonEn());
    }

    /** The probe could not reach the channel. */
    public ChannelStatus unreachable(TransientFailure failure) {
        return status(ChannelStatus.State.UNREACHABLE, List.of(), failure.reasonVi(), failure.reasonEn());
    }

    private ChannelStatus status(ChannelStatus.State state, List<String> missing, String vi, String en) {
        return new ChannelStatus(channel, adapter, state, missing, vi, en);
    }
}
