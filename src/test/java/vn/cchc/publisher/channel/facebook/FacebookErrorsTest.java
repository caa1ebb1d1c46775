package vn.cchc.publisher.channel.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.FEED;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.PHOTOS;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.USAGE_PAUSE;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.error;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.okFile;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.photoPost;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.request;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.http.DebugLogging;
import vn.cchc.publisher.channel.http.FakeTime;

/** Graph error codes and usage headers, and what each makes the adapter do. */
class FacebookErrorsTest {

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("facebook"))
            .build();

    final FakeTime time = new FakeTime();
    final FacebookAdapter adapter = FacebookFixtures.adapter(graph, time);

    @AfterEach
    void tearDown() {
        adapter.close();
    }

    ChannelOutcome publishAgainst(String errorFile, int status) {
        FacebookFixtures.emptyPage(graph);
        graph.stubFor(post(urlPathEqualTo(PHOTOS)).willReturn(error(status, errorFile)));
        return adapter.publish(request(photoPost()));
    }

    @Test
    void anExpiredTokenNeedsANewOneAndIsNotRetried() {
        ChannelOutcome outcome = publishAgainst("error-190-463.json", 400);

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        ChannelOutcome.NeedsAttention attention = (ChannelOutcome.NeedsAttention) outcome;
        assertThat(attention.reasonVi()).contains("FACEBOOK_PAGE_TOKEN", "#190/463");
        graph.verify(1, postRequestedFor(urlPathEqualTo(PHOTOS)));
        assertThat(time.pauses()).isEmpty();
    }

    @Test
    void aMissingPermissionNeedsAttention() {
        ChannelOutcome outcome = publishAgainst("error-200.json", 403);

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonEn()).contains("pages_manage_posts", "#200");
    }

    @Test
    void aLinkFacebookCannotReadNeedsAttention() {
        ChannelOutcome outcome = publishAgainst("error-1609005.json", 400);

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi()).contains("liên kết");
    }

    @Test
    void aPolicyBlockWaitsADay() {
        ChannelOutcome outcome = publishAgainst("error-368.json", 400);

        assertThat(outcome).isInstanceOf(ChannelOutcome.RetryLater.class);
        assertThat(((ChannelOutcome.RetryLater) outcome).earliestRetry())
                .isEqualTo(FakeTime.START.plus(Duration.ofHours(24)));
        graph.verify(1, postRequestedFor(urlPathEqualTo(PHOTOS)));
    }

    @Test
    void aPageRateLimitStopsEveryCallToThePageUntilTheUsageFalls() {
        ChannelOutcome first = publishAgainst("error-32.json", 400);
        int callsSoFar = graph.getAllServeEvents().size();
        ChannelOutcome second = adapter.publish(request(photoPost()));

        assertThat(first).isInstanceOf(ChannelOutcome.RetryLater.class);
        assertThat(((ChannelOutcome.RetryLater) first).earliestRetry()).isEqualTo(FakeTime.START.plus(USAGE_PAUSE));
        assertThat(second).isEqualTo(first);
        assertThat(graph.getAllServeEvents()).hasSize(callsSoFar);
        assertThat(time.pauses()).isEmpty();
    }

    @Test
    void theBusinessUseCaseHeaderStopsCallsForTheTimeItGives() {
        graph.stubFor(get(urlPathEqualTo(FEED))
                .willReturn(okFile("feed-other-posts.json")
                        .withHeader(
                                "X-Business-Use-Case-Usage",
                                "{\"1234567890\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":23,"
                                        + "\"total_time\":23,\"estimated_time_to_regain_access\":17}]}")));

        ChannelOutcome outcome = adapter.publish(request(photoPost()));

        assertThat(outcome).isInstanceOf(ChannelOutcome.RetryLater.class);
        assertThat(((ChannelOutcome.RetryLater) outcome).earliestRetry())
                .isEqualTo(FakeTime.START.plus(Duration.ofMinutes(17)));
        graph.verify(0, postRequestedFor(urlPathEqualTo(PHOTOS)));
    }

    @Test
    void theAppUsageHeaderAtItsLimitStopsCalls() {
        graph.stubFor(get(urlPathEqualTo(FEED))
                .willReturn(okFile("feed-other-posts.json")
                        .withHeader("X-App-Usage", "{\"call_count\":100,\"total_time\":25,\"total_cputime\":25}")));

        ChannelOutcome outcome = adapter.publish(request(photoPost()));

        assertThat(((ChannelOutcome.RetryLater) outcome).earliestRetry()).isEqualTo(FakeTime.START.plus(USAGE_PAUSE));
        graph.verify(0, postRequestedFor(urlPathEqualTo(PHOTOS)));
    }

    @Test
    void usageBelowTheLimitChangesNothing() {
        FacebookFixtures.emptyPage(graph);
        graph.stubFor(get(urlPathEqualTo(FEED))
                .willReturn(okFile("feed-other-posts.json")
                        .withHeader("X-App-Usage", "{\"call_count\":28,\"total_time\":25,\"total_cputime\":25}")
                        .withHeader("X-Business-Use-Case-Usage", "not json")));
        graph.stubFor(post(urlPathEqualTo(PHOTOS)).willReturn(okFile("photo-created.json")));

        assertThat(adapter.publish(request(photoPost()))).isInstanceOf(ChannelOutcome.Published.class);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theTokenIsInNoOutcomeAndNoLogLine(CapturedOutput output) {
        graph.stubFor(get(urlPathEqualTo(FEED))
                .willReturn(okJson("{\"error\":{\"message\":\"Invalid OAuth access token - Cannot parse access token "
                                + FacebookFixtures.TOKEN + "\",\"type\":\"OAuthException\",\"code\":190}}")
                        .withStatus(400)));
        graph.stubFor(get(urlPathEqualTo("/v24.0/1234567890")).willReturn(error(400, "error-190-463.json")));
        graph.stubFor(get(urlPathEqualTo("/v24.0/x")).willReturn(error(500, "error-2.json")));

        DebugLogging debug = DebugLogging.channels();
        List<Object> results;
        try {
            results = List.of(adapter.publish(request(photoPost())), adapter.status(), adapter.readBack("x"));
        } finally {
            debug.close();
        }

        assertThat(results.toString()).contains("NeedsAttention", "REJECTED", "RetryLater");
        assertThat(results.toString()).doesNotContain(FacebookFixtures.TOKEN);
        assertThat(output.getAll()).contains("Facebook publish").doesNotContain(FacebookFixtures.TOKEN);
        graph.verify(
                0,
                anyRequestedFor(anyUrl())
                        .withRequestBody(
                                com.github.tomakehurst.wiremock.client.WireMock.containing(FacebookFixtures.TOKEN)));
    }
}
