package vn.cchc.publisher.channel.wordpress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.channel.wordpress.WordpressFixtures.created;
import static vn.cchc.publisher.channel.wordpress.WordpressFixtures.error;
import static vn.cchc.publisher.channel.wordpress.WordpressFixtures.okFile;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.TestArticles;
import vn.cchc.publisher.channel.http.DebugLogging;
import vn.cchc.publisher.channel.http.FakeTime;
import vn.cchc.publisher.channel.http.TestChannels;
import vn.cchc.publisher.content.WebsitePage;

class WordpressAdapterTest {

    static final String POSTS = WordpressFixtures.POSTS;
    static final String MEDIA = WordpressFixtures.MEDIA;
    static final String CATEGORIES = WordpressFixtures.CATEGORIES;
    static final String SLUG = TestArticles.SLUG;

    @RegisterExtension
    static WireMockExtension wordpress = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("wordpress"))
            .build();

    @TempDir
    Path contentDir;

    final FakeTime time = new FakeTime();
    WordpressAdapter adapter;

    @BeforeEach
    void setUp() throws IOException {
        WordpressFixtures.images(contentDir);
        adapter = WordpressFixtures.adapter(wordpress, time);
    }

    @AfterEach
    void tearDown() {
        adapter.close();
    }

    PublishRequest<WebsitePage> request() {
        return TestArticles.request(WordpressFixtures.page(), contentDir);
    }

    static void emptySite() {
        WordpressFixtures.emptySite(wordpress);
    }

    @Test
    void publishesWithUploadedImagesCategorySlugAndDate() {
        emptySite();
        wordpress.stubFor(post(urlPathEqualTo(POSTS)).willReturn(created("post-123.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome)
                .isEqualTo(new ChannelOutcome.Published("123", "http://127.0.0.1:8081/2026/03/" + SLUG + "/"));
        wordpress.verify(postRequestedFor(urlPathEqualTo(MEDIA))
                .withHeader("Content-Type", equalTo("image/jpeg"))
                .withHeader("Content-Disposition", equalTo("attachment; filename=\"" + SLUG + "-anh-bia.jpg\""))
                .withHeader("Authorization", containing("Basic ")));
        wordpress.verify(postRequestedFor(urlPathEqualTo(POSTS))
                .withRequestBody(matchingJsonPath("$.slug", equalTo(SLUG)))
                .withRequestBody(matchingJsonPath("$.title", equalTo(TestArticles.TITLE)))
                .withRequestBody(matchingJsonPath("$.status", equalTo("publish")))
                .withRequestBody(matchingJsonPath("$.date_gmt", equalTo("2026-03-02T01:30:00")))
                .withRequestBody(matchingJsonPath("$.categories[0]", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.featured_media", equalTo("42")))
                .withRequestBody(matchingJsonPath(
                        "$.content",
                        containing(
                                "src=\"http://127.0.0.1:8081/wp-content/uploads/2026/03/" + SLUG + "-quy-trinh.png\"")))
                .withRequestBody(matchingJsonPath("$.content", containing("Quy trình tiếp nhận"))));
        assertThat(wordpress
                        .findAll(postRequestedFor(urlPathEqualTo(POSTS)))
                        .get(0)
                        .getBodyAsString())
                .doesNotContain("placeholder.invalid");
    }

    @Test
    void findsTheExistingPostBySlugAndCreatesNothing() {
        wordpress.stubFor(get(urlPathEqualTo(POSTS))
                .withQueryParam("slug", equalTo(SLUG))
                .withQueryParam("status", equalTo("any"))
                .withQueryParam("context", equalTo("edit"))
                .willReturn(okFile("posts-123.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.AlreadyExists.class);
        assertThat(((ChannelOutcome.AlreadyExists) outcome).remoteId()).isEqualTo("123");
        wordpress.verify(0, postRequestedFor(urlPathEqualTo(POSTS)));
        wordpress.verify(0, postRequestedFor(urlPathEqualTo(MEDIA)));
    }

    @Test
    void aTrashedPostWithTheSlugNeedsAPerson() {
        wordpress.stubFor(get(urlPathEqualTo(POSTS))
                .withQueryParam("status", equalTo("any"))
                .willReturn(okJson("[]")));
        wordpress.stubFor(get(urlPathEqualTo(POSTS))
                .withQueryParam("status", equalTo("trash"))
                .willReturn(okFile("posts-123-trashed.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi()).contains("thùng rác");
        wordpress.verify(0, postRequestedFor(urlPathEqualTo(POSTS)));
    }

    @Test
    void createsTheCategoryAndTakesTheExistingIdWhenWordpressSaysTermExists() {
        emptySite();
        wordpress.stubFor(get(urlPathEqualTo(CATEGORIES)).willReturn(okJson("[]")));
        wordpress.stubFor(post(urlPathEqualTo(CATEGORIES)).willReturn(error(400, "term-exists.json")));
        wordpress.stubFor(post(urlPathEqualTo(POSTS)).willReturn(created("post-123.json")));

        assertThat(adapter.publish(request())).isInstanceOf(ChannelOutcome.Published.class);

        wordpress.verify(postRequestedFor(urlPathEqualTo(CATEGORIES))
                .withRequestBody(equalToJson("{\"name\":\"Cải cách hành chính\",\"slug\":\"cai-cach-hanh-chinh\"}")));
        wordpress.verify(postRequestedFor(urlPathEqualTo(POSTS))
                .withRequestBody(matchingJsonPath("$.categories[0]", equalTo("7"))));
    }

    @Test
    void reusesImagesAnEarlierAttemptUploaded() {
        emptySite();
        wordpress.stubFor(get(urlPathEqualTo(MEDIA))
                .withQueryParam("slug", equalTo(SLUG + "-anh-bia"))
                .willReturn(okJson("[" + WordpressFixtures.file("media-42.json") + "]")));
        wordpress.stubFor(post(urlPathEqualTo(POSTS)).willReturn(created("post-123.json")));

        assertThat(adapter.publish(request())).isInstanceOf(ChannelOutcome.Published.class);

        wordpress.verify(0, postRequestedFor(urlPathEqualTo(MEDIA)).withHeader("Content-Type", equalTo("image/jpeg")));
        wordpress.verify(1, postRequestedFor(urlPathEqualTo(MEDIA)).withHeader("Content-Type", equalTo("image/png")));
    }

    @Test
    void aLostAnswerToTheCreateIsFoundBySlugAndNotCreatedTwice() {
        lostCreate(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"));
    }

    @Test
    void aCreateThatTimesOutIsFoundBySlugAndNotCreatedTwice() {
        lostCreate(created("post-123.json").withFixedDelay(TestChannels.TOO_SLOW));
    }

    @Test
    void aConnectionResetDuringTheCreateIsFoundBySlugAndNotCreatedTwice() {
        lostCreate(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    @Test
    void anUnreadableAnswerToTheCreateIsFoundBySlugAndNotCreatedTwice() {
        lostCreate(aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":12"));
    }

    /** The create reaches WordPress, which makes the post, but the answer is lost as {@code answer}. */
    void lostCreate(ResponseDefinitionBuilder answer) {
        emptySite();
        wordpress.stubFor(get(urlPathEqualTo(POSTS))
                .withQueryParam("status", equalTo("any"))
                .inScenario("create")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("[]")));
        wordpress.stubFor(post(urlPathEqualTo(POSTS))
                .inScenario("create")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(answer)
                .willSetStateTo("created"));
        wordpress.stubFor(get(urlPathEqualTo(POSTS))
                .withQueryParam("status", equalTo("any"))
                .inScenario("create")
                .whenScenarioStateIs("created")
                .willReturn(okFile("posts-123.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome)
                .isEqualTo(new ChannelOutcome.Published("123", "http://127.0.0.1:8081/2026/03/" + SLUG + "/"));
        wordpress.verify(1, postRequestedFor(urlPathEqualTo(POSTS)));
        wordpress.verify(2, getRequestedFor(urlPathEqualTo(POSTS)).withQueryParam("status", equalTo("any")));
        assertThat(time.pauses()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void serverErrorsUntilAttemptsRunOutGiveRetryLaterWithGrowingWaits() {
        emptySite();
        wordpress.stubFor(post(urlPathEqualTo(POSTS)).willReturn(aResponse().withStatus(503)));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.RetryLater.class);
        ChannelOutcome.RetryLater later = (ChannelOutcome.RetryLater) outcome;
        assertThat(later.reasonEn()).contains("HTTP 503");
        assertThat(later.earliestRetry()).isEqualTo(FakeTime.START.plusSeconds(1 + 2 + 4));
        assertThat(time.pauses()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        wordpress.verify(3, postRequestedFor(urlPathEqualTo(POSTS)));
    }

    @Test
    void aShortRetryAfterIsWaitedInsideTheCall() {
        emptySite();
        wordpress.stubFor(post(urlPathEqualTo(POSTS))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
                .willSetStateTo("free"));
        wordpress.stubFor(post(urlPathEqualTo(POSTS))
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(created("post-123.json")));

        assertThat(adapter.publish(request())).isInstanceOf(ChannelOutcome.Published.class);
        assertThat(time.pauses()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aLongRetryAfterEndsTheCallWithRetryLaterAtThatTime() {
        emptySite();
        wordpress.stubFor(post(urlPathEqualTo(POSTS))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.RetryLater.class);
        assertThat(((ChannelOutcome.RetryLater) outcome).earliestRetry()).isEqualTo(FakeTime.START.plusSeconds(600));
        assertThat(time.pauses()).isEmpty();
        wordpress.verify(1, postRequestedFor(urlPathEqualTo(POSTS)));
    }

    @Test
    void aRefusedPasswordNeedsAttentionAndIsNotRetried() {
        wordpress.stubFor(get(urlPathEqualTo(POSTS)).willReturn(error(401, "error-not-logged-in.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        ChannelOutcome.NeedsAttention attention = (ChannelOutcome.NeedsAttention) outcome;
        assertThat(attention.reasonVi()).contains("WORDPRESS_APP_PASSWORD", "từ chối");
        assertThat(attention.reasonEn()).contains("HTTP 401", "rest_not_logged_in");
        assertThat(time.pauses()).isEmpty();
        wordpress.verify(1, getRequestedFor(urlPathEqualTo(POSTS)));
    }

    @Test
    void aMissingPermissionNeedsAttention() {
        emptySite();
        wordpress.stubFor(post(urlPathEqualTo(POSTS)).willReturn(error(403, "error-cannot-create.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonEn()).contains("rest_cannot_create");
        wordpress.verify(1, postRequestedFor(urlPathEqualTo(POSTS)));
    }

    @Test
    void anInvalidParameterNeedsAttentionWithWordpressExplanation() {
        emptySite();
        wordpress.stubFor(post(urlPathEqualTo(POSTS)).willReturn(error(400, "error-invalid-param.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi())
                .contains("rest_invalid_param", "status is not one of publish");
        assertThat(time.pauses()).isEmpty();
    }

    @Test
    void aMissingImageFileNeedsAttention() throws IOException {
        emptySite();
        Files.delete(contentDir.resolve(TestArticles.FIGURE));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi()).contains(TestArticles.FIGURE);
        wordpress.verify(0, postRequestedFor(urlPathEqualTo(POSTS)));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void thePasswordIsInNoOutcomeAndNoLogLine(CapturedOutput output) {
        emptySite();
        wordpress.stubFor(post(urlPathEqualTo(POSTS))
                .willReturn(okJson("{\"code\":\"rest_invalid_param\",\"message\":\"bad password "
                                + WordpressFixtures.PASSWORD + "\",\"data\":{\"status\":400}}")
                        .withStatus(400)));
        wordpress.stubFor(get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .willReturn(aResponse().withStatus(500).withBody(WordpressFixtures.PASSWORD)));

        DebugLogging debug = DebugLogging.channels();
        List<Object> results;
        try {
            results = List.of(
                    adapter.publish(request()),
                    adapter.status(),
                    adapter.update("123", request()),
                    adapter.readBack("x"));
        } finally {
            debug.close();
        }

        String basic = Base64.getEncoder()
                .encodeToString(("cchc:" + WordpressFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(results.toString()).contains("NeedsAttention").doesNotContain(WordpressFixtures.PASSWORD, basic);
        assertThat(output.getAll())
                .contains("WordPress publish " + SLUG, "ExchangeFunctions")
                .doesNotContain(WordpressFixtures.PASSWORD, basic);
    }
}
