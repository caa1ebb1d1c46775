package vn.cchc.publisher.channel;

import java.util.List;
import vn.cchc.publisher.shared.Channel;

/**
 * Whether an adapter can publish now.
 *
 * @param channel the channel
 * @param adapter the adapter's name, e.g. {@code wordpress}
 * @param state the state
 * @param missing the names of the missing environment variables or configuration keys, when not
 *     configured; empty otherwise
 * @param detailVi what it means or what to do, in Vietnamese
 * @param detailEn the same in English
 */
public record ChannelStatus(
        Channel channel, String adapter, State state, List<String> missing, String detailVi, String detailEn) {

    public ChannelStatus {
        missing = List.copyOf(missing);
    }

    /** The states an adapter can be in. */
    public enum State {
        /** A secret or setting is missing; {@link #missing()} names it. */
        NOT_CONFIGURED,
        /** Configured, but the channel could not be reached (network, timeout, server error). */
        UNREACHABLE,
        /** Reached, but the channel refused the credentials or the permission is missing. */
        REJECTED,
        /** Reached and accepted the credentials. */
        READY
    }

    /** True when the adapter can publish. */
    public boolean isReady() {
        return state == State.READY;
    }
}
