package vn.cchc.publisher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

/** The whole application serving the local site over HTTP, as a browser sees it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LocalSiteWebConfigTest {

    @TempDir
    static Path data;

    @LocalServerPort
    int port;

    @Autowired
    LocalSite site;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("cchc.data-dir", () -> data.toString());
        registry.add("cchc.content.dir", () -> data.resolve("content").toString());
        // the test publishes the site itself: the start-up publication, on its own thread, would write the
        // TTHC listing again from the (empty) catalogue at any moment of the test
        registry.add("cchc.site.publish-on-start", () -> "false");
    }

    @BeforeAll
    static void content() throws IOException {
        Files.createDirectories(data.resolve("content/articles/img"));
        Files.write(data.resolve("content/articles/img/a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void servesThePublishedSite() throws Exception {
        site.publish(
                new Article(
                        "articles/a.md",
                        "mot-cua",
                        "Một cửa hiện đại",
                        Area.THU_TUC_HANH_CHINH,
                        null,
                        Set.of(Channel.WEBSITE),
                        OffsetDateTime.parse("2026-02-10T08:00:00+07:00"),
                        "Tóm tắt.",
                        null,
                        List.of(),
                        ArticleStatus.READY,
                        "Nội dung.",
                        8,
                        "0".repeat(64),
                        List.of("articles/img/a.png")),
                new WebsitePage(
                        "mot-cua", "Một cửa hiện đại", "<p>Nội dung.</p>", "Tóm tắt.", List.of("articles/img/a.png")));
        site.publishTthc(List.of(procedure()));

        assertThat(site.directory()).isEqualTo(data.resolve("site").toAbsolutePath());
        assertRedirect("/site", "/site/");
        assertRedirect("/site/tin-bai/mot-cua", "/site/tin-bai/mot-cua/");

        HttpResponse<String> home = get("/site/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(Jsoup.parse(home.body()).select(".post-title a").attr("href"))
                .isEqualTo("tin-bai/mot-cua/");

        Document article = Jsoup.parse(get("/site/tin-bai/mot-cua/").body());
        assertThat(article.select("h1.entry-title").text()).isEqualTo("Một cửa hiện đại");
        assertThat(article.select("a.entry-area").attr("href")).isEqualTo("../../linh-vuc/thu-tuc-hanh-chinh/");

        Document area = Jsoup.parse(get("/site/linh-vuc/thu-tuc-hanh-chinh/").body());
        assertThat(area.select(".post-title a").eachText()).containsExactly("Một cửa hiện đại");

        Document listing = Jsoup.parse(get("/site/thu-tuc-hanh-chinh/").body());
        assertThat(listing.select("tr.tthc-row").eachAttr("data-code")).containsExactly("1.004567");
        assertThat(listing.select("tr.tthc-row .tthc-name a").attr("href")).isEqualTo("1.004567/");
        assertThat(get("/site/thu-tuc-hanh-chinh/1.004567/").statusCode()).isEqualTo(200);

        HttpResponse<String> image = get("/site/media/articles/img/a.png");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(get("/site/assets/site.css").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    @Test
    void answersNotFoundForWhatIsNotThere() throws Exception {
        assertThat(get("/site/tin-bai/khong-co/").statusCode()).isEqualTo(404);
        assertThat(get("/site/tin-bai/khong-co").statusCode()).isEqualTo(404);
        assertThat(get("/site/%2e%2e/content/articles/img/a.png").statusCode()).isNotEqualTo(200);
    }

    private void assertRedirect(String path, String location) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isIn(301, 302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(location));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static TthcProcedure procedure() {
        return new TthcProcedure(
                "tthc/a.yaml",
                "1.004567",
                "Cấp giấy chứng nhận",
                "Khám bệnh, chữa bệnh",
                "Cấp tỉnh",
                "Sở Y tế",
                List.of("Nộp hồ sơ"),
                List.of("Trực tuyến"),
                List.of("Đơn"),
                "10 ngày làm việc",
                "Không",
                "Cá nhân",
                "Giấy chứng nhận",
                List.of("Luật"),
                TthcProcedure.OnlineService.FULL,
                null);
    }
}
