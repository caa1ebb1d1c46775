package vn.cchc.publisher.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.content.FacebookPost;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.content.ZaloArticle;
import vn.cchc.publisher.publishing.PassResult;
import vn.cchc.publisher.shared.Channel;

/**
 * 1,000 units × 3 channels due at the same minute, against local stubs (WireMock) that answer each
 * create after 200 ms. Writes the wall time and its ratio to the lower bound (requests ÷ allowed
 * concurrency × 200 ms) and to the sequential baseline (requests × 200 ms) to
 * {@code target/bench/publishing.txt}.
 */
class PublishingBenchmark {

    private static final int UNITS = 1_000;
    private static final int DELAY_MS = 200;
    private static final int CONCURRENCY = 48;
    private static final int PER_CHANNEL = 16;

    @RegisterExtension
    static WireMockExtension stubs = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(200).jettyAcceptors(4))
            .build();

    /** Creates a post with one POST to the stub; nothing else. */
    record StubChannel<R>(Channel channel, Class<R> renditionType, HttpClient http, String baseUrl)
            implements ChannelAdapter<R> {

        @Override
        public String name() {
            return "stub-" + channel.id();
        }

        @Override
        public ChannelStatus status() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfPublish publish(PublishRequest<R> request) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/" + channel.id()))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        request.article().slug()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() < 300
                        ? new ChannelOutcome.Published(request.article().slug(), "")
                        : new ChannelOutcome.RetryLater(Instant.EPOCH, "lỗi", "status " + response.statusCode());
            } catch (IOException e) {
                return new ChannelOutcome.RetryLater(Instant.EPOCH, "lỗi", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ChannelOutcome.RetryLater(Instant.EPOCH, "lỗi", "interrupted");
            }
        }

        @Override
        public ChannelOutcome.OfLookup findExisting(PublishRequest<R> request) {
            return new ChannelOutcome.NotFound();
        }

        @Override
        public ChannelOutcome.OfReadBack readBack(String remoteId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<R> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void thousandUnitsOnThreeChannels() throws IOException {
        stubs.stubFor(post(urlPathMatching("/.*"))
                .willReturn(aResponse().withStatus(201).withFixedDelay(DELAY_MS)));
        HttpClient http = HttpClient.newBuilder()
                .executor(java.util.concurrent.Executors.newFixedThreadPool(CONCURRENCY))
                .build();
        List<ChannelAdapter<?>> adapters = List.of(
                new StubChannel<>(Channel.WEBSITE, WebsitePage.class, http, stubs.baseUrl()),
                new StubChannel<>(Channel.FACEBOOK, FacebookPost.class, http, stubs.baseUrl()),
                new StubChannel<>(Channel.ZALO, ZaloArticle.class, http, stubs.baseUrl()));
        try (Harness h = new Harness()) {
            h.approvalRequired = false;
            for (int i = 0; i < UNITS; i++) {
                h.article("don-vi-" + i, "x");
            }
            ApprovalService approvals = h.approvals();
            for (int i = 0; i < UNITS; i++) {
                approvals.queue(
                        "don-vi-" + i, "articles/don-vi-" + i + ".md", Set.of(Channel.values()), Harness.T0, "o");
            }
            PublishingProperties properties = new PublishingProperties(
                    CONCURRENCY,
                    PER_CHANNEL,
                    Duration.ofMinutes(10),
                    Duration.ofMinutes(1),
                    Duration.ofHours(6),
                    10,
                    false,
                    true,
                    "default",
                    200);
            DefaultPublishingEngine engine = h.engine(adapters, properties, 1);

            long start = System.nanoTime();
            PassResult result = engine.publishDue(Harness.T0, false);
            double wall = (System.nanoTime() - start) / 1e9;

            int requests = 3 * UNITS;
            assertThat(result.published()).isEqualTo(requests);
            stubs.verify(requests, postRequestedFor(urlPathMatching("/.*")));
            int allowed = Math.min(CONCURRENCY, 3 * PER_CHANNEL);
            double lowerBound = (double) requests / allowed * DELAY_MS / 1000;
            double sequential = (double) requests * DELAY_MS / 1000;
            String report = String.format(
                    Locale.ROOT,
                    "publishing: %d units x 3 channels = %d creates, stub delay %d ms%n"
                            + "concurrency %d in all, %d per channel (allowed at once: %d)%n"
                            + "wall time          %8.1f s%n"
                            + "lower bound        %8.1f s   ratio %.2f%n"
                            + "sequential (n×200) %8.1f s   speed-up %.1f×%n",
                    UNITS,
                    requests,
                    DELAY_MS,
                    CONCURRENCY,
                    PER_CHANNEL,
                    allowed,
                    wall,
                    lowerBound,
                    wall / lowerBound,
                    sequential,
                    sequential / wall);
            Path out = Path.of("target/bench/publishing.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }
}
