package vn.cchc.publisher.channel.wordpress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.channel.wordpress.WordpressFixtures.POSTS;
import static vn.cchc.publisher.channel.wordpress.WordpressFixtures.error;
import static vn.cchc.publisher.channel.wordpress.WordpressFixtures.okFile;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.TestArticles;
import vn.cchc.publisher.channel.http.FakeTime;

/** Status, lookup, read-back, update and unpublish of a post the adapter published earlier. */
class WordpressPostLifecycleTest {

    static final String POST = POSTS + "/123";

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

    @Test
    void isReadyWhenWordpressAcceptsTheCredentials() {
        wordpress.stubFor(get(urlPathEqualTo("/wp-json/wp/v2/users/me")).willReturn(okFile("users-me.json")));

        assertThat(adapter.status().state()).isEqualTo(ChannelStatus.State.READY);
    }

    @Test
    void isRejectedWhenWordpressRefusesTheCredentials() {
        wordpress.stubFor(
                get(urlPathEqualTo("/wp-json/wp/v2/users/me")).willReturn(error(401, "error-not-logged-in.json")));

        ChannelStatus status = adapter.status();

        assertThat(status.state()).isEqualTo(ChannelStatus.State.REJECTED);
        assertThat(status.detailEn()).contains("HTTP 401");
    }

    @Test
    void isUnreachableWhenWordpressDoesNotAnswer() {
        wordpress.stubFor(get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .willReturn(aResponse().withStatus(503)));

        assertThat(adapter.status().state()).isEqualTo(ChannelStatus.State.UNREACHABLE);
    }

    @Test
    void withoutThePasswordItIsNotConfiguredAndSaysWhichVariableIsMissing() {
        WordpressAdapter unconfigured = WordpressFixtures.adapter(wordpress, time, Map.of());
        try {
            ChannelStatus status = unconfigured.status();
            ChannelOutcome outcome = unconfigured.publish(TestArticles.request(WordpressFixtures.page(), contentDir));

            assertThat(status.state()).isEqualTo(ChannelStatus.State.NOT_CONFIGURED);
            assertThat(status.missing()).containsExactly("WORDPRESS_APP_PASSWORD");
            assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
            assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi()).contains("WORDPRESS_APP_PASSWORD");
            assertThat(wordpress.getAllServeEvents()).isEmpty();
        } finally {
            unconfigured.close();
        }
    }

    @Test
    void findsAnExistingPostAndReportsNoneWhenThereIsNone() {
        wordpress.stubFor(get(urlPathEqualTo(POSTS)).willReturn(okJson("[]")));
        assertThat(adapter.findExisting(TestArticles.request(WordpressFixtures.page(), contentDir)))
                .isEqualTo(new ChannelOutcome.NotFound());

        wordpress.stubFor(get(urlPathEqualTo(POSTS))
                .withQueryParam("status", equalTo("any"))
                .willReturn(okFile("posts-123.json")));
        assertThat(adapter.findExisting(TestArticles.request(WordpressFixtures.page(), contentDir)))
                .isEqualTo(new ChannelOutcome.AlreadyExists(
                        "123", "http://127.0.0.1:8081/2026/03/" + TestArticles.SLUG + "/"));
    }

    @Test
    void readsThePostBack() {
        wordpress.stubFor(get(urlPathEqualTo(POST)).willReturn(okFile("post-123.json")));

        assertThat(adapter.readBack("123"))
                .isEqualTo(new ChannelOutcome.RemotePost(
                        "123", "http://127.0.0.1:8081/2026/03/" + TestArticles.SLUG + "/", true, TestArticles.TITLE));
    }

    @Test
    void aDeletedPostReadsBackAsNotFound() {
        wordpress.stubFor(get(urlPathEqualTo(POST))
                .willReturn(okJson("{\"code\":\"rest_post_invalid_id\",\"message\":\"Invalid post ID.\","
                                + "\"data\":{\"status\":404}}")
                        .withStatus(404)));

        assertThat(adapter.readBack("123")).isEqualTo(new ChannelOutcome.NotFound());
    }

    @Test
    void updatesThePostByIdKeepingItsDate() {
        WordpressFixtures.emptySite(wordpress);
        wordpress.stubFor(post(urlPathEqualTo(POST)).willReturn(okFile("post-123.json")));

        ChannelOutcome outcome = adapter.update("123", TestArticles.request(WordpressFixtures.page(), contentDir));

        assertThat(outcome).isInstanceOf(ChannelOutcome.Published.class);
        wordpress.verify(postRequestedFor(urlPathEqualTo(POST))
                .withRequestBody(matchingJsonPath("$.status", equalTo("publish")))
                .withRequestBody(matchingJsonPath("$.featured_media", equalTo("42")))
                .withRequestBody(matchingJsonPath("$.title", equalTo(TestArticles.TITLE))));
        wordpress.verify(0, postRequestedFor(urlPathEqualTo(POST)).withRequestBody(matchingJsonPath("$.date_gmt")));
        wordpress.verify(0, postRequestedFor(urlPathEqualTo(POSTS)));
    }

    @Test
    void unpublishingMovesThePostBackToDraft() {
        wordpress.stubFor(get(urlPathEqualTo(POST)).willReturn(okFile("post-123.json")));
        wordpress.stubFor(post(urlPathEqualTo(POST)).willReturn(okFile("post-123-draft.json")));

        assertThat(adapter.unpublish("123")).isEqualTo(new ChannelOutcome.Unpublished("123"));

        wordpress.verify(
                postRequestedFor(urlPathEqualTo(POST)).withRequestBody(matchingJsonPath("$.status", equalTo("draft"))));
    }

    @Test
    void unpublishingAPostThatIsGoneSucceedsWithoutWriting() {
        wordpress.stubFor(get(urlPathEqualTo(POST)).willReturn(aResponse().withStatus(404)));

        assertThat(adapter.unpublish("123")).isEqualTo(new ChannelOutcome.Unpublished("123"));

        wordpress.verify(0, postRequestedFor(urlPathEqualTo(POST)));
    }
}
