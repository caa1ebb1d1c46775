package vn.cchc.publisher.channel.wordpress;

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

/** The WordPress adapter, when {@code cchc.channels.wordpress.enabled} is true. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cchc.channels.wordpress.enabled")
class WordpressConfiguration {

    @Bean
    WordpressAdapter wordpressAdapter(
            ChannelsProperties properties,
            SecretSource secrets,
            WebClient.Builder webClient,
            ObjectProvider<Clock> clockProvider) {
        ChannelsProperties.Wordpress settings = properties.wordpress();
        Clock clock = ChannelHttpConfiguration.clock(clockProvider);
        return new WordpressAdapter(
                settings,
                secrets,
                ChannelHttp.create("WordPress", "WordPress", settings.http(), webClient),
                clock,
                ChannelHttpConfiguration.retryLoop(settings.retry(), clock));
    }
}
