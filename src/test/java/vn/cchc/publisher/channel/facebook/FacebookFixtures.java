package vn.cchc.publisher.channel.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.TestArticles;
import vn.cchc.publisher.channel.http.FakeTime;
import vn.cchc.publisher.channel.http.TestChannels;
import vn.cchc.publisher.content.FacebookPost;

/** The Facebook adapter against WireMock, the test post, and the usual stubs. */
final class FacebookFixtures {

    static final String TOKEN = "EAAGtestPageToken0123456789abcdef";
    static final String PAGE = "1234567890";
    static final String FEED = "/v24.0/" + PAGE + "/feed";
    static final String PHOTOS = "/v24.0/" + PAGE + "/photos";
    static final String SCHEDULED = "/v24.0/" + PAGE + "/scheduled_posts";
    static final String POST_ID = PAGE + "_9002";
    static final String PERMALINK = "https://www.facebook.com/1234567890/posts/9002";
    static final Duration USAGE_PAUSE = Duration.ofMinutes(60);
    static final String LINK = "https://ttyt.example.vn/tin-bai/" + TestArticles.SLUG + "/";
    static final String MESSAGE = TestArticles.TITLE + "\n\nTrung tâm Y tế rút ngắn thời gian giải quyết hồ sơ.\n\n"
            + LINK + "\n\n#CaiCachHanhChinh";

    private FacebookFixtures() {}

    static FacebookAdapter adapter(
            WireMockExtension graph, FakeTime time, Map<String, String> environment, String page) {
        ChannelsProperties.Facebook settings = new ChannelsProperties.Facebook(
                true,
                URI.create(graph.baseUrl()),
                "v24.0",
                page,
                25,
                USAGE_PAUSE,
                Duration.ofHours(24),
                TestChannels.http(),
                TestChannels.retry(),
                null);
        return new FacebookAdapter(
                settings,
                TestChannels.secrets(environment),
                TestChannels.client("Facebook"),
                time,
                TestChannels.retryLoop(time));
    }

    static FacebookAdapter adapter(WireMockExtension graph, FakeTime time) {
        return adapter(graph, time, Map.of(FacebookConnection.TOKEN_VARIABLE, TOKEN), PAGE);
    }

    static FacebookPost photoPost() {
        return new FacebookPost(MESSAGE, LINK, "https://ttyt.example.vn/media/" + TestArticles.COVER);
    }

    static FacebookPost linkPost() {
        return new FacebookPost(MESSAGE, LINK, null);
    }

    static PublishRequest<FacebookPost> request(FacebookPost post) {
        return TestArticles.request(post, Path.of("content"));
    }

    /** The feed and the scheduled posts hold nothing of ours; read-back gives the permalink. */
    static void emptyPage(WireMockExtension graph) {
        graph.stubFor(get(urlPathEqualTo(FEED)).willReturn(okFile("feed-other-posts.json")));
        graph.stubFor(get(urlPathEqualTo(SCHEDULED)).willReturn(okJson("{\"data\":[]}")));
        graph.stubFor(get(urlPathEqualTo("/v24.0/" + POST_ID)).willReturn(okFile("post-9002.json")));
    }

    static ResponseDefinitionBuilder okFile(String file) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBodyFile(file);
    }

    static ResponseDefinitionBuilder error(int status, String file) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBodyFile(file);
    }
}
