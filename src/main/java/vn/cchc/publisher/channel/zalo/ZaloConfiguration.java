package vn.cchc.publisher.channel.zalo;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.TokenStore;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.ChannelHttpConfiguration;
import vn.cchc.publisher.channel.http.Pause;
import vn.cchc.publisher.channel.http.SecretSource;

/**
 * The Zalo OA adapter, unless {@code cchc.channels.zalo.enabled} is false. Without its variables it
 * exists and reports itself not configured. Tokens go to the application's {@link TokenStore} bean if it
 * declares one, else to the file {@code cchc.channels.zalo.token-file}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "cchc.channels.zalo.enabled", matchIfMissing = true)
class ZaloConfiguration {

    @Bean
    ZaloAdapter zaloAdapter(
            ChannelsProperties properties,
            SecretSource secrets,
            WebClient.Builder webClient,
            ObjectProvider<Clock> clockProvider,
            ObjectProvider<TokenStore> tokenStores) {
        ChannelsProperties.Zalo settings = properties.zalo();
        Clock clock = ChannelHttpConfiguration.clock(clockProvider);
        ChannelHttp http = ChannelHttp.create("Zalo", "Zalo", settings.http(), webClient);
        TokenStore store = tokenStores.getIfUnique(() -> new FileTokenStore(settings.tokenFile()));
        ZaloTokens tokens = new ZaloTokens(
                new ZaloOAuth(http, settings.oauthUrl()), store, secrets, clock, settings.tokenRefreshMargin());
        ZaloConnection connection =
                new ZaloConnection(settings, secrets, http, tokens, new ZaloErrors(clock, settings.quotaPause()));
        return new ZaloAdapter(
                settings,
                connection,
                clock,
                ChannelHttpConfiguration.retryLoop(settings.retry(), clock),
                Pause.blocking());
    }
}
