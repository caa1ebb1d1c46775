package vn.cchc.publisher.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import vn.cchc.publisher.CchcPublisherApplication;
import vn.cchc.publisher.shared.Channel;

/** The whole application decides which adapter is the website channel; nothing here reaches the network. */
class WebsiteAdapterSelectionTest {

    @TempDir
    Path data;

    @Test
    void byDefaultTheWebsiteIsTheLocalSite() {
        try (ConfigurableApplicationContext context = start()) {
            ChannelAdapter<?> website =
                    context.getBean(Channels.class).adapter(Channel.WEBSITE).orElseThrow();

            assertThat(website.name()).isEqualTo("local-site");
            assertThat(websiteAdapters(context)).containsExactly("local-site");
            assertThat(website.status().isReady()).isTrue();
            assertThat(website.status().detailEn())
                    .contains(data.resolve("site").toString());
        }
    }

    @Test
    void withWordpressEnabledTheWebsiteIsWordpressAlone() {
        try (ConfigurableApplicationContext context = start(
                "--cchc.channels.wordpress.enabled=true",
                "--cchc.channels.wordpress.base-url=http://127.0.0.1:9",
                "--cchc.channels.wordpress.user=cchc")) {
            ChannelAdapter<?> website =
                    context.getBean(Channels.class).adapter(Channel.WEBSITE).orElseThrow();

            assertThat(website.name()).isEqualTo("wordpress");
            assertThat(websiteAdapters(context)).containsExactly("wordpress");
            assertThat(context.getBean(LocalSite.class))
                    .as("the site itself stays, for the TTHC pages and what it already holds")
                    .isNotNull();
        }
    }

    private ConfigurableApplicationContext start(String... args) {
        String[] common = {
            "--cchc.data-dir=" + data,
            "--cchc.site.publish-on-start=false",
            "--cchc.channels.facebook.base-url=http://127.0.0.1:9",
            "--cchc.channels.zalo.base-url=http://127.0.0.1:9",
            "--cchc.channels.zalo.oauth-url=http://127.0.0.1:9"
        };
        String[] all = new String[common.length + args.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(args, 0, all, common.length, args.length);
        return new SpringApplicationBuilder(CchcPublisherApplication.class)
                .web(WebApplicationType.NONE)
                .run(all);
    }

    private static List<String> websiteAdapters(ConfigurableApplicationContext context) {
        return context.getBeanProvider(ResolvableType.forClass(ChannelAdapter.class)).stream()
                .<ChannelAdapter<?>>map(bean -> (ChannelAdapter<?>) bean)
                .filter(adapter -> adapter.channel() == Channel.WEBSITE)
                .map(ChannelAdapter::name)
                .toList();
    }
}
