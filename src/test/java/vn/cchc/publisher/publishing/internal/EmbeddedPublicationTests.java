package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Publications;
import vn.cchc.publisher.shared.Channel;

/**
 * The embedded default through the engine: at start-up the due sample articles are queued on the
 * website, approved by nobody (auto-approve-embedded) and published once to the built-in site.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"cchc.channels.facebook.enabled=false", "cchc.channels.zalo.enabled=false"})
class EmbeddedPublicationTests {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("cchc.data-dir", () -> data.toString());
    }

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock("2026-03-20T05:00:00Z");
        }

        /** The website channel on the built-in site, as the local-site adapter publishes it. */
        @Bean
        ChannelAdapter<WebsitePage> localWebsite(LocalSite site) {
            return new ChannelAdapter<>() {
                @Override
                public Channel channel() {
                    return Channel.WEBSITE;
                }

                @Override
                public String name() {
                    return "local-site";
                }

                @Override
                public Class<WebsitePage> renditionType() {
                    return WebsitePage.class;
                }

                @Override
                public ChannelStatus status() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public ChannelOutcome.OfPublish publish(PublishRequest<WebsitePage> request) {
                    site.publish(request.article(), request.rendition());
                    String slug = request.article().slug();
                    return new ChannelOutcome.Published(slug, site.layout().url(SiteLayout.articlePath(slug)));
                }

                @Override
                public ChannelOutcome.OfLookup findExisting(PublishRequest<WebsitePage> request) {
                    return site.find(request.article().slug())
                            .<ChannelOutcome.OfLookup>map(p -> new ChannelOutcome.AlreadyExists(
                                    request.article().slug(), ""))
                            .orElse(new ChannelOutcome.NotFound());
                }

                @Override
                public ChannelOutcome.OfReadBack readBack(String remoteId) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<WebsitePage> request) {
                    return publish(request);
                }

                @Override
                public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }

    @Autowired
    Publications publications;

    @Autowired
    LocalSite site;

    @Test
    void dueSampleArticlesArePublishedToTheLocalSiteThroughTheQueue() {
        // on 20/03/2026 the January and March sample articles are due
        assertThat(publications.list(null))
                .hasSize(2)
                .allSatisfy(p -> {
                    assertThat(p.channel()).isEqualTo(Channel.WEBSITE);
                    assertThat(p.state()).isEqualTo(PublicationStatus.PUBLISHED);
                    assertThat(p.queuedBy()).isEqualTo("system");
                    assertThat(p.url()).startsWith("http://localhost:").contains("/site/tin-bai/");
                })
                .extracting(PublicationView::contentFile)
                .containsExactlyInAnyOrder(
                        "articles/2026-01-ra-soat-quy-che-noi-bo.md",
                        "articles/2026-03-mot-cua-nop-ho-so-truc-tuyen.md");
        assertThat(site.pages()).hasSize(2);
    }
}
