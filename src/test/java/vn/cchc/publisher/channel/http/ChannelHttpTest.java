package vn.cchc.publisher.channel.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;
import vn.cchc.publisher.channel.ChannelsProperties;

class ChannelHttpTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    final ChannelHttp http = TestChannels.client("Test");

    @AfterEach
    void close() {
        http.close();
    }

    URI uri(String path) {
        return URI.create(server.baseUrl() + path + "?access_token=never-shown");
    }

    @Test
    void returnsErrorStatusesAsAnswers() {
        server.stubFor(
                get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(503).withBody("down")));

        HttpReply reply = http.send(HttpMethod.GET, uri("/x"), headers -> {});

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body()).isEqualTo("down");
        assertThat(reply.json()).isEmpty();
    }

    @Test
    void aSlowAnswerIsATransientFailureThatNamesThePathOnly() {
        server.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(TestChannels.TOO_SLOW)));

        assertThatThrownBy(() -> http.send(HttpMethod.GET, uri("/slow"), headers -> {}))
                .isInstanceOf(TransientFailure.class)
                .hasMessageContaining("/slow")
                .hasMessageContaining("timeout")
                .hasMessageNotContaining("never-shown");
    }

    @Test
    void aResetConnectionIsATransientFailure() {
        server.stubFor(get(urlPathEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> http.send(HttpMethod.GET, uri("/reset"), headers -> {}))
                .isInstanceOf(TransientFailure.class);
    }

    @Test
    void aRefusedConnectionIsATransientFailure() {
        assertThatThrownBy(() -> http.send(HttpMethod.GET, URI.create("http://127.0.0.1:9/x"), headers -> {}))
                .isInstanceOf(TransientFailure.class);
    }

    @Test
    void sendsAtMostTheConfiguredNumberOfRequestsAtOnceToAHost() throws Exception {
        server.stubFor(get(urlPathEqualTo("/wait")).willReturn(aResponse().withFixedDelay(300)));
        ChannelsProperties.Http oneAtATime =
                new ChannelsProperties.Http(Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofSeconds(2));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (ChannelHttp single = ChannelHttp.create("Test", "Test1", oneAtATime, WebClient.builder())) {
            List<CompletableFuture<HttpReply>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> single.send(HttpMethod.GET, uri("/wait"), headers -> {}), pool));
            }
            for (CompletableFuture<HttpReply> call : calls) {
                assertThat(call.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        var events = server.getAllServeEvents();
        assertThat(events).hasSize(3);
        server.verify(3, getRequestedFor(urlPathEqualTo("/wait")));
        List<long[]> spans = events.stream()
                .map(event -> new long[] {
                    event.getRequest().getLoggedDate().getTime(),
                    event.getRequest().getLoggedDate().getTime()
                            + event.getTiming().getTotalTime()
                })
                .sorted((a, b) -> Long.compare(a[0], b[0]))
                .toList();
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i)[0])
                    .as("request %d starts after the one before ends", i)
                    .isGreaterThanOrEqualTo(spans.get(i - 1)[1] - 50);
        }
    }
}
