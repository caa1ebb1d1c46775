package vn.cchc.publisher.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import vn.cchc.publisher.shared.Channel;

/** The adapters as Spring wires them from {@code cchc.channels.*}; nothing here reaches the network. */
class ChannelsConfigurationTest {

    @TempDir
    java.nio.file.Path dataDir;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ChannelsProperties.class)
    @ComponentScan({
        "vn.cchc.publisher.channel.http",
        "vn.cchc.publisher.channel.wordpress",
        "vn.cchc.publisher.channel.facebook",
        "vn.cchc.publisher.channel.zalo"
    })
    static class Channels {}

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(WebClientAutoConfiguration.class, ValidationAutoConfiguration.class))
                .withUserConfiguration(Channels.class)
                .withPropertyValues(
                        "cchc.channels.zalo.token-file=" + dataDir.resolve("zalo-tokens.json"),
                        "cchc.channels.zalo.base-url=http://127.0.0.1:9",
                        "cchc.channels.zalo.oauth-url=http://127.0.0.1:9",
                        "cchc.channels.facebook.base-url=http://127.0.0.1:9");
    }

    static List<ChannelAdapter<?>> adapters(ApplicationContext context) {
        return context.getBeanProvider(ResolvableType.forClass(ChannelAdapter.class)).stream()
                .<ChannelAdapter<?>>map(bean -> (ChannelAdapter<?>) bean)
                .toList();
    }

    @Test
    void byDefaultFacebookAndZaloExistAndWordpressDoesNot() {
        runner().run(context -> {
            List<String> names = adapters(context).stream()
                    .map(ChannelAdapter::name)
                    .sorted()
                    .toList();
            ChannelsProperties properties = context.getBean(ChannelsProperties.class);

            assertThat(names).containsExactly("facebook", "zalo");
            assertThat(properties.facebook().apiVersion()).isEqualTo("v24.0");
            assertThat(properties.facebook().http().responseTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(properties.zalo().retry().maxAttempts()).isEqualTo(3);
            assertThat(properties.wordpress().categoryName()).isEqualTo("Cải cách hành chính");
        });
    }

    @Test
    void withoutItsPageIdFacebookSaysItIsNotConfigured() {
        runner().run(context -> {
            ChannelAdapter<?> facebook = adapters(context).stream()
                    .filter(adapter -> adapter.channel() == Channel.FACEBOOK)
                    .findFirst()
                    .orElseThrow();

            ChannelStatus status = facebook.status();

            assertThat(status.state()).isEqualTo(ChannelStatus.State.NOT_CONFIGURED);
            assertThat(status.missing()).contains("cchc.channels.facebook.page-id");
        });
    }

    @Test
    void wordpressIsTheWebsiteChannelWhenEnabled() {
        runner().withPropertyValues(
                        "cchc.channels.wordpress.enabled=true",
                        "cchc.channels.wordpress.base-url=http://127.0.0.1:9",
                        "cchc.channels.facebook.enabled=false",
                        "cchc.channels.zalo.enabled=false",
                        "cchc.channels.wordpress.retry.max-attempts=5")
                .run(context -> {
                    ChannelAdapter<?> adapter = adapters(context).get(0);

                    assertThat(adapter.channel()).isEqualTo(Channel.WEBSITE);
                    assertThat(adapter.status().missing()).contains("cchc.channels.wordpress.user");
                    assertThat(context.getBean(ChannelsProperties.class)
                                    .wordpress()
                                    .retry()
                                    .maxAttempts())
                            .isEqualTo(5);
                });
    }

    @Test
    void refusesSettingsOutsideTheirBounds() {
        runner().withPropertyValues("cchc.channels.facebook.retry.max-attempts=0")
                .run(context -> assertThat(context).hasFailed());
    }
}
