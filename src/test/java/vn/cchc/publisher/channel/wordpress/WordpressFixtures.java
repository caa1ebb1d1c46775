package vn.cchc.publisher.channel.wordpress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.TestArticles;
import vn.cchc.publisher.channel.http.FakeTime;
import vn.cchc.publisher.channel.http.TestChannels;
import vn.cchc.publisher.content.WebsitePage;

/** The WordPress adapter against WireMock, the test page, and the usual stubs. */
final class WordpressFixtures {

    static final String PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678";
    static final String POSTS = "/wp-json/wp/v2/posts";
    static final String MEDIA = "/wp-json/wp/v2/media";
    static final String CATEGORIES = "/wp-json/wp/v2/categories";

    private WordpressFixtures() {}

    static WordpressAdapter adapter(WireMockExtension wordpress, FakeTime time, Map<String, String> environment) {
        ChannelsProperties.Wordpress settings = new ChannelsProperties.Wordpress(
                true,
                URI.create(wordpress.baseUrl()),
                "cchc",
                "cai-cach-hanh-chinh",
                "Cải cách hành chính",
                TestChannels.http(),
                TestChannels.retry());
        return new WordpressAdapter(
                settings,
                TestChannels.secrets(environment),
                TestChannels.client("WordPress"),
                time,
                TestChannels.retryLoop(time));
    }

    static WordpressAdapter adapter(WireMockExtension wordpress, FakeTime time) {
        return adapter(wordpress, time, Map.of(WordpressConnection.PASSWORD_VARIABLE, PASSWORD));
    }

    /** Writes the article's two images under {@code contentDir}. */
    static void images(Path contentDir) throws IOException {
        Files.createDirectories(contentDir.resolve("articles/img"));
        Files.write(contentDir.resolve(TestArticles.COVER), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        Files.write(contentDir.resolve(TestArticles.FIGURE), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    /** The website rendition, its figure at the placeholder URL the test links give. */
    static WebsitePage page() {
        String figure = TestArticles.LINKS.mediaUrl().apply(TestArticles.FIGURE);
        return new WebsitePage(
                TestArticles.SLUG,
                TestArticles.TITLE,
                "<p>Trung tâm Y tế rút ngắn thời gian giải quyết hồ sơ.</p>\n<p><img src=\"" + figure
                        + "\" alt=\"Quy trình tiếp nhận\"></p>",
                "Trung tâm Y tế rút ngắn thời gian giải quyết hồ sơ.",
                List.of(TestArticles.COVER, TestArticles.FIGURE));
    }

    /** No post with the slug, the category exists, no media uploaded yet; uploads succeed. */
    static void emptySite(WireMockExtension wordpress) {
        wordpress.stubFor(get(urlPathEqualTo(POSTS)).willReturn(okJson("[]")));
        wordpress.stubFor(get(urlPathEqualTo(CATEGORIES))
                .withQueryParam("slug", equalTo("cai-cach-hanh-chinh"))
                .willReturn(okFile("categories-cai-cach-hanh-chinh.json")));
        wordpress.stubFor(get(urlPathEqualTo(MEDIA)).willReturn(okJson("[]")));
        wordpress.stubFor(post(urlPathEqualTo(MEDIA))
                .withHeader("Content-Type", equalTo("image/jpeg"))
                .willReturn(created("media-42.json")));
        wordpress.stubFor(post(urlPathEqualTo(MEDIA))
                .withHeader("Content-Type", equalTo("image/png"))
                .willReturn(created("media-43.json")));
    }

    static ResponseDefinitionBuilder okFile(String file) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBodyFile(file);
    }

    static ResponseDefinitionBuilder created(String file) {
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBodyFile(file);
    }

    static ResponseDefinitionBuilder error(int status, String file) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBodyFile(file);
    }

    /** A body file's text. */
    static String file(String name) {
        try (InputStream in = WordpressFixtures.class.getResourceAsStream("/wordpress/__files/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read test file " + name, e);
        }
    }
}
