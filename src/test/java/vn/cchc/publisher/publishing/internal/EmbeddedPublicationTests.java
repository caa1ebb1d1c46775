package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Publications;
import vn.cchc.publisher.publishing.PublishedVerification;
import vn.cchc.publisher.shared.Channel;

/**
 * The embedded default through the engine: at start-up the due sample articles are queued on the
 * website, approved by nobody (auto-approve-embedded), published once to the built-in site, and then
 * verified on the pages the application serves.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "cchc.channels.facebook.enabled=false",
            "cchc.channels.zalo.enabled=false",
            "spring.quartz.auto-startup=false"
        })
class EmbeddedPublicationTests {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("cchc.data-dir", () -> data.toString());
        int port = freePort();
        registry.add("server.port", () -> port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock("2026-03-20T05:00:00Z");
        }
    }

    @Autowired
    Publications publications;

    @Autowired
    LocalSite site;

    @Autowired
    PublishedVerification verification;

    @Test
    void dueSampleArticlesArePublishedToTheLocalSiteThroughTheQueueThenVerified() {
        // on 20/03/2026 the January and March sample articles are due; the start-up publication runs in the
        // background once the application is ready
        await().atMost(Duration.ofSeconds(30))
                .until(() -> publications.list(null).stream()
                                .filter(p -> p.state() == PublicationStatus.PUBLISHED)
                                .count()
                        == 2);
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

        // the next pass checks the served pages with Jsoup against the articles' renderings
        PublishedVerification.Outcome outcome = verification.verifyPublished(Instant.parse("2026-03-20T05:01:00Z"));

        assertThat(outcome).isEqualTo(new PublishedVerification.Outcome(2, 0));
        assertThat(publications.list(null))
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.state()).isEqualTo(PublicationStatus.VERIFIED));
    }
}
