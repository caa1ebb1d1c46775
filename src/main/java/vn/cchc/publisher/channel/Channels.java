package vn.cchc.publisher.channel;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.shared.Channel;

/**
 * The adapter of each channel, among the adapters the configuration enabled. The website channel always
 * has one: WordPress when {@code cchc.channels.wordpress.enabled} is true, else the built-in local site.
 * Facebook and Zalo have one unless disabled ({@code cchc.channels.<channel>.enabled: false}).
 */
@Component
public class Channels {

    private final Map<Channel, ChannelAdapter<?>> adapters = new EnumMap<>(Channel.class);

    /**
     * Indexes the adapters by channel.
     *
     * @throws IllegalStateException if two adapters are for the same channel
     */
    Channels(ObjectProvider<ChannelAdapter<?>> enabled) {
        for (ChannelAdapter<?> adapter : enabled.orderedStream().toList()) {
            ChannelAdapter<?> other = this.adapters.putIfAbsent(adapter.channel(), adapter);
            if (other != null) {
                throw new IllegalStateException(
                        "Two adapters for the " + adapter.channel().id() + " channel: " + other.name() + " and "
                                + adapter.name() + "; enable only one of them");
            }
        }
    }

    /** The adapter of {@code channel}; empty if it is disabled. The channel must not be null. */
    public Optional<ChannelAdapter<?>> adapter(Channel channel) {
        return Optional.ofNullable(adapters.get(channel));
    }
}
