package vn.cchc.publisher.channel.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.TestDatabases;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.http.Backoff;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.Pause;
import vn.cchc.publisher.channel.http.RetryLoop;
import vn.cchc.publisher.channel.http.TestChannels;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.Links;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.shared.Slugs;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.PageVerifier;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;
import vn.cchc.publisher.verification.internal.TestVerifiers;

/**
 * The WordPress adapter against a real WordPress ({@code src/test/wordpress/start.sh} starts one on
 * 127.0.0.1:8081 and prints the variables this test reads). Each run publishes an article of its own,
 * with a title that carries the run's time, and deletes it at the end. The published page is also checked
 * with the Jsoup verifier, as the service checks it after publishing and at each re-verification.
 */
@EnabledIfEnvironmentVariable(named = "WORDPRESS_IT_URL", matches = ".+")
class WordpressAdapterIT {

    static final String BASE_URL = System.getenv("WORDPRESS_IT_URL");
    static final String USER = System.getenv().getOrDefault("WORDPRESS_IT_USER", "cchc");
    static final String PASSWORD = System.getenv().getOrDefault(WordpressConnection.PASSWORD_VARIABLE, "");
    static final String COVER = "articles/img/anh-bia.jpg";
    static final String FIGURE = "articles/img/so-do-quy-trinh.png";

    @TempDir
    Path contentDir;

    final HttpClient rest =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Clock clock = Clock.systemUTC();
    WordpressAdapter adapter;
    String title;
    String slug;

    @BeforeEach
    void setUp() throws IOException {
        ChannelsProperties.Retry retry = new ChannelsProperties.Retry(
                3, Duration.ofMillis(200), Duration.ofSeconds(2), 0.5, Duration.ofSeconds(5));
        ChannelsProperties.Http http =
                new ChannelsProperties.Http(Duration.ofSeconds(5), Duration.ofSeconds(60), 4, Duration.ofSeconds(2));
        ChannelsProperties.Wordpress settings = new ChannelsProperties.Wordpress(
                true, URI.create(BASE_URL), USER, "cai-cach-hanh-chinh", "Cải cách hành chính", http, retry);
        adapter = new WordpressAdapter(
                settings,
                TestChannels.secrets(Map.of(WordpressConnection.PASSWORD_VARIABLE, PASSWORD)),
                ChannelHttp.create("WordPress", "WordPress", http, WebClient.builder()),
                clock,
                new RetryLoop(retry, new Backoff(retry), clock, Pause.blocking()));
        String run = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now());
        title = "Đẩy mạnh cải cách thủ tục hành chính, số hóa hồ sơ – lần thử " + run;
        slug = Slugs.of(title);
        image(COVER, "jpg", new Color(0x1F, 0x6F, 0xB2));
        image(FIGURE, "png", new Color(0x2E, 0x8B, 0x57));
    }

    @AfterEach
    void deleteWhatTheRunMade() throws Exception {
        for (JsonNode post : list("posts?status=any&context=edit&slug=" + slug)) {
            delete("posts/" + post.path("id").asLong());
        }
        for (JsonNode media : list("media?slug=" + slug + "-anh-bia," + slug + "-so-do-quy-trinh")) {
            delete("media/" + media.path("id").asLong());
        }
        adapter.close();
    }

    @Test
    void publishesAVietnameseArticleWithAnImageAndFindsItAgainInsteadOfMakingADuplicate() throws Exception {
        assertThat(adapter.status().state()).isEqualTo(ChannelStatus.State.READY);

        ChannelOutcome first = adapter.publish(request());

        assertThat(first).isInstanceOf(ChannelOutcome.Published.class);
        ChannelOutcome.Published published = (ChannelOutcome.Published) first;
        assertThat(published.publicUrl()).startsWith(BASE_URL).contains("/" + slug + "/");

        Document page = Jsoup.connect(published.publicUrl()).get();
        assertThat(page.title()).contains(title);
        assertThat(page.select("h1.wp-block-post-title, h1.entry-title").text()).isEqualTo(title);
        Element content = page.selectFirst("div.entry-content, div.wp-block-post-content");
        assertThat(content).isNotNull();
        assertThat(content.text()).contains("Người dân nộp hồ sơ trực tuyến");
        Element figure = content.selectFirst("img[alt=Sơ đồ quy trình tiếp nhận hồ sơ]");
        assertThat(figure).isNotNull();
        assertThat(figure.attr("src"))
                .startsWith(BASE_URL + "/wp-content/uploads/")
                .contains(slug + "-so-do-quy-trinh");
        assertThat(page.select("a[rel~=tag]").eachText()).contains("Cải cách hành chính");
        assertThat(status(figure.attr("src"))).isEqualTo(200);
        assertThat(post(published.remoteId()).path("featured_media").asLong()).isPositive();

        ChannelOutcome second = adapter.publish(request());

        assertThat(second).isEqualTo(new ChannelOutcome.AlreadyExists(published.remoteId(), published.publicUrl()));
        assertThat(posts(slug)).hasSize(1);
        assertThat(posts(slug + "-2")).isEmpty();
    }

    @Test
    void readsBackTakesDownAndPublishesAgainTheSamePost() throws Exception {
        ChannelOutcome.Published published = (ChannelOutcome.Published) adapter.publish(request());

        assertThat(adapter.readBack(published.remoteId()))
                .isEqualTo(new ChannelOutcome.RemotePost(published.remoteId(), published.publicUrl(), true, title));

        assertThat(adapter.unpublish(published.remoteId()))
                .isEqualTo(new ChannelOutcome.Unpublished(published.remoteId()));
        assertThat(status(published.publicUrl())).isEqualTo(404);
        assertThat(adapter.publish(request())).isInstanceOf(ChannelOutcome.AlreadyExists.class);

        ChannelOutcome updated = adapter.update(published.remoteId(), request());

        assertThat(updated).isEqualTo(published);
        assertThat(status(published.publicUrl())).isEqualTo(200);
        assertThat(posts(slug)).hasSize(1);
    }

    @Test
    void thePublishedPagePassesEveryCheckOfTheVerifierAndFailsOnceTakenDownOrChanged() throws Exception {
        List<Object> events = new java.util.ArrayList<>();
        PageVerifier verifier = TestVerifiers.jsoup(
                TestDatabases.migratedH2(), contentDir.resolve("evidence"), Duration.ofSeconds(30), events::add, clock);
        ChannelOutcome.Published published = (ChannelOutcome.Published) adapter.publish(request());
        String category = BASE_URL + "/category/cai-cach-hanh-chinh/";

        VerificationResult good = verifier.verify(new VerificationRequest(
                1L, "ttyt-mau", published.publicUrl(), request().rendition(), category));

        assertThat(good.failures()).as("failed checks").isEmpty();
        assertThat(good.checks())
                .extracting(Check::name)
                .containsExactly("status", "title", "body", "images", "listing", "canonical");
        assertThat(good.evidence().httpStatus()).isEqualTo(200);
        assertThat(good.evidence().sha256()).hasSize(64);

        WebsitePage edited =
                new WebsitePage(slug, title, "<p>Một đoạn văn bản mới không có trên trang.</p>", null, List.of());
        VerificationResult changed =
                verifier.verify(new VerificationRequest(1L, "ttyt-mau", published.publicUrl(), edited, null));

        assertThat(changed.passed()).isFalse();
        assertThat(changed.transientFailure()).isFalse();
        assertThat(changed.failures()).extracting(Check::name).containsExactly("body");

        assertThat(adapter.unpublish(published.remoteId())).isInstanceOf(ChannelOutcome.Unpublished.class);
        VerificationResult gone = verifier.verify(new VerificationRequest(
                1L, "ttyt-mau", published.publicUrl(), request().rendition(), null));

        assertThat(gone.passed()).isFalse();
        assertThat(gone.gone()).isTrue();
        assertThat(gone.transientFailure()).isFalse();
        assertThat(gone.failures()).singleElement().extracting(Check::detail).isEqualTo("trang trả về mã HTTP 404");
    }

    PublishRequest<WebsitePage> request() {
        Links links = new Links(BASE_URL + "/" + slug + "/", path -> "https://placeholder.invalid/media/" + path);
        String html = "<p>Người dân nộp hồ sơ trực tuyến qua Cổng dịch vụ công, không phải đến Trung tâm.</p>\n"
                + "<p><img src=\"" + links.mediaUrl().apply(FIGURE) + "\" alt=\"Sơ đồ quy trình tiếp nhận hồ sơ\"></p>";
        Article article = new Article(
                "articles/" + slug + ".md",
                slug,
                title,
                Area.THU_TUC_HANH_CHINH,
                null,
                Set.of(Channel.values()),
                null,
                "Số hóa hồ sơ giúp rút ngắn thời gian giải quyết thủ tục.",
                COVER,
                List.of("cchc"),
                ArticleStatus.READY,
                "",
                5,
                "0".repeat(64),
                List.of(COVER, FIGURE));
        WebsitePage page = new WebsitePage(
                slug, title, html, "Số hóa hồ sơ giúp rút ngắn thời gian giải quyết thủ tục.", List.of(COVER, FIGURE));
        return new PublishRequest<>(
                article, page, links, contentDir, Instant.now().minus(1, ChronoUnit.MINUTES));
    }

    void image(String path, String format, Color color) throws IOException {
        BufferedImage image = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 64, 40);
        graphics.dispose();
        Path file = contentDir.resolve(path);
        Files.createDirectories(file.getParent());
        assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
    }

    JsonNode posts(String wantedSlug) throws Exception {
        return list("posts?status=any&context=edit&slug=" + wantedSlug);
    }

    JsonNode list(String query) throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/wp-json/wp/v2/" + query))
                        .GET())
                .body();
        return JsonMapper.shared().readTree(body);
    }

    void delete(String route) throws Exception {
        send(HttpRequest.newBuilder(URI.create(BASE_URL + "/wp-json/wp/v2/" + route + "?force=true"))
                .DELETE());
    }

    JsonNode post(String id) throws Exception {
        return JsonMapper.shared()
                .readTree(send(HttpRequest.newBuilder(
                                        URI.create(BASE_URL + "/wp-json/wp/v2/posts/" + id + "?context=edit"))
                                .GET())
                        .body());
    }

    int status(String url) throws Exception {
        return rest.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return rest.send(
                request.header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
