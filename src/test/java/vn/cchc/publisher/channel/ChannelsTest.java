package vn.cchc.publisher.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.ResolvableType;
import vn.cchc.publisher.shared.Channel;

class ChannelsTest {

    @Test
    void findsEachChannelsAdapterAndNothingForADisabledOne() {
        Channels channels = channels(Map.of(
                "site", new NamedAdapter(Channel.WEBSITE, "local-site"),
                "zalo", new NamedAdapter(Channel.ZALO, "zalo")));

        assertThat(channels.adapter(Channel.WEBSITE))
                .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("local-site"));
        assertThat(channels.adapter(Channel.ZALO))
                .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("zalo"));
        assertThat(channels.adapter(Channel.FACEBOOK)).isEmpty();
    }

    @Test
    void refusesTwoAdaptersForOneChannel() {
        Map<String, Object> beans = Map.of(
                "site", new NamedAdapter(Channel.WEBSITE, "local-site"),
                "wordpress", new NamedAdapter(Channel.WEBSITE, "wordpress"));

        assertThatThrownBy(() -> channels(beans))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("website")
                .hasMessageContaining("local-site")
                .hasMessageContaining("wordpress");
    }

    private static Channels channels(Map<String, Object> beans) {
        ObjectProvider<ChannelAdapter<?>> adapters =
                new StaticListableBeanFactory(beans).getBeanProvider(ResolvableType.forClass(ChannelAdapter.class));
        return new Channels(adapters);
    }

    /** An adapter that only has a channel and a name. */
    static class NamedAdapter implements ChannelAdapter<String> {

        private final Channel channel;
        private final String name;

        NamedAdapter(Channel channel, String name) {
            this.channel = channel;
            this.name = name;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<String> renditionType() {
            return String.class;
        }

        @Override
        public ChannelStatus status() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfPublish publish(PublishRequest<String> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfLookup findExisting(PublishRequest<String> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfReadBack readBack(String remoteId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<String> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
            throw new UnsupportedOperationException();
        }
    }
}
