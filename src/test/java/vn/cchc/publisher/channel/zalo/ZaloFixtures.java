package vn.cchc.publisher.channel.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.TestArticles;
import vn.cchc.publisher.channel.TokenStore;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.FakeTime;
import vn.cchc.publisher.channel.http.SecretSource;
import vn.cchc.publisher.channel.http.TestChannels;
import vn.cchc.publisher.content.ZaloArticle;

/** The Zalo adapter and its tokens against one WireMock (OA API and OAuth host), and the usual stubs. */
final class ZaloFixtures {

    static final String APP_ID = "1029384756";
    static final String SECRET_KEY = "zalo-secret-key-0123456789";
    static final String SEED = "RT-one-0123456789abcdefghij";
    static final String ACCESS_1 = "AT-one-0123456789abcdefghij";
    static final String REFRESH_2 = "RT-two-0123456789abcdefghij";
    static final String ACCESS_2 = "AT-two-0123456789abcdefghij";
    static final String REFRESH_3 = "RT-three-0123456789abcdefgh";
    static final String OAUTH = "/v4/oa/access_token";
    static final String CREATE = "/v2.0/article/create";
    static final String VERIFY = "/v2.0/article/verify";
    static final String DETAIL = "/v2.0/article/getdetail";
    static final String SLICE = "/v2.0/article/getslice";
    static final String ARTICLE_ID = "8b1e4f0c2d3a4b5c";
    static final String LINK = "https://zalo.me/s/ttytmau/8b1e4f0c2d3a4b5c";
    static final Duration VERIFY_INTERVAL = Duration.ofSeconds(2);
    static final Duration QUOTA_PAUSE = Duration.ofHours(24);

    private ZaloFixtures() {}

    static Map<String, String> environment() {
        return Map.of(
                ZaloConnection.APP_ID_VARIABLE, APP_ID,
                ZaloConnection.SECRET_KEY_VARIABLE, SECRET_KEY,
                ZaloConnection.REFRESH_TOKEN_VARIABLE, SEED);
    }

    static ChannelsProperties.Zalo settings(WireMockExtension zalo, Path tokenFile) {
        return new ChannelsProperties.Zalo(
                true,
                URI.create(zalo.baseUrl()),
                URI.create(zalo.baseUrl()),
                tokenFile,
                Duration.ofMinutes(5),
                VERIFY_INTERVAL,
                3,
                20,
                QUOTA_PAUSE,
                TestChannels.http(),
                TestChannels.retry());
    }

    static ZaloTokens tokens(
            WireMockExtension zalo, ChannelHttp http, TokenStore store, SecretSource secrets, FakeTime time) {
        return new ZaloTokens(
                new ZaloOAuth(http, URI.create(zalo.baseUrl())), store, secrets, time, Duration.ofMinutes(5));
    }

    static ZaloAdapter adapter(WireMockExtension zalo, FakeTime time, TokenStore store, Map<String, String> env) {
        ChannelsProperties.Zalo settings = settings(zalo, Path.of("unused"));
        ChannelHttp http = TestChannels.client("Zalo");
        SecretSource secrets = TestChannels.secrets(env);
        ZaloTokens tokens = tokens(zalo, http, store, secrets, time);
        ZaloConnection connection =
                new ZaloConnection(settings, secrets, http, tokens, new ZaloErrors(time, QUOTA_PAUSE));
        return new ZaloAdapter(settings, connection, time, TestChannels.retryLoop(time), time);
    }

    static ZaloArticle article() {
        return new ZaloArticle(
                "normal",
                TestArticles.TITLE,
                "Trung tâm Y tế",
                new ZaloArticle.Cover("photo", "https://ttyt.example.vn/media/" + TestArticles.COVER, "show"),
                "Trung tâm Y tế rút ngắn thời gian giải quyết hồ sơ.",
                List.of(
                        ZaloArticle.Block.text("Trung tâm Y tế rút ngắn thời gian giải quyết hồ sơ."),
                        ZaloArticle.Block.image(
                                "https://ttyt.example.vn/media/" + TestArticles.FIGURE, "Quy trình tiếp nhận")),
                "show",
                "show");
    }

    static PublishRequest<ZaloArticle> request() {
        return TestArticles.request(article(), Path.of("content"));
    }

    /** Refreshes work (first with the seed, then with the rotated token), nothing is listed yet. */
    static void emptyOa(WireMockExtension zalo) {
        oauthRotation(zalo);
        zalo.stubFor(get(urlPathEqualTo(SLICE)).willReturn(okFile("getslice-other.json")));
        zalo.stubFor(get(urlPathEqualTo(DETAIL)).willReturn(okFile("getdetail.json")));
        zalo.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okFile("create-ok.json")));
        zalo.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okFile("verify-id.json")));
    }

    /** The seed gives the first pair; the rotated refresh token gives the second. */
    static void oauthRotation(WireMockExtension zalo) {
        zalo.stubFor(post(urlPathEqualTo(OAUTH))
                .withFormParam("refresh_token", com.github.tomakehurst.wiremock.client.WireMock.equalTo(SEED))
                .willReturn(okFile("oauth-refreshed-1.json")));
        zalo.stubFor(post(urlPathEqualTo(OAUTH))
                .withFormParam("refresh_token", com.github.tomakehurst.wiremock.client.WireMock.equalTo(REFRESH_2))
                .willReturn(okFile("oauth-refreshed-2.json")));
    }

    static ResponseDefinitionBuilder okFile(String file) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBodyFile(file);
    }
}
