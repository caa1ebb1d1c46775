package vn.cchc.publisher.channel.facebook;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.ChannelHttpConfiguration;
import vn.cchc.publisher.channel.http.SecretSource;

/**
 * The Facebook Page adapter, unless {@code cchc.channels.facebook.enabled} is false. Without its page id
 * or token it exists and reports itself not configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "cchc.channels.facebook.enabled", matchIfMissing = true)
class FacebookConfiguration {

    @Bean
    FacebookAdapter facebookAdapter(
            ChannelsProperties properties,
            SecretSource secrets,
            WebClient.Builder webClient,
            ObjectProvider<Clock> clockProvider) {
        ChannelsProperties.Facebook settings = properties.facebook();
        Clock clock = ChannelHttpConfiguration.clock(clockProvider);
        return new FacebookAdapter(
                settings,
                secrets,
                ChannelHttp.create("Facebook", "Facebook", settings.http(), webClient),
                clock,
                ChannelHttpConfiguration.retryLoop(settings.retry(), clock));
    }
}
