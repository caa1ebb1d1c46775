package vn.cchc.publisher.verification.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.VerificationEvents;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;

/** Verification of website pages served by a local fake: each way a published page can be wrong. */
class VerificationOfPagesTest {

    static final String POST = "/2026/03/bo-phan-mot-cua-hien-dai/";
    static final String IMAGE = "/wp-content/uploads/2026/03/bo-phan-mot-cua-a.png";
    static final String CATEGORY = "/category/cai-cach-hanh-chinh/";

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path evidenceDir;

    private VerificationFixtures fixtures;
    private String base;

    @BeforeEach
    void setUp() {
        fixtures = new VerificationFixtures(evidenceDir);
        base = site.baseUrl();
        stubHtml(POST, VerificationFixtures.resource("wordpress-block-post.html", base));
        stubHtml(CATEGORY, VerificationFixtures.resource("wordpress-category.html", base));
        site.stubFor(any(urlPathEqualTo(IMAGE))
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(VerificationFixtures.png())));
    }

    private void stubHtml(String path, String html) {
        site.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withBody(html.getBytes(StandardCharsets.UTF_8))));
    }

    private VerificationResult verify(String path) {
        return fixtures.verifier.verify(
                new VerificationRequest(42L, "ttyt-mau", base + path, VerificationFixtures.PAGE, base + CATEGORY));
    }

    private static Map<String, Check> byName(VerificationResult result) {
        return result.checks().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Check::name, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void aGoodWordpressBlockThemePagePassesEveryCheck() {
        VerificationResult result = verify(POST);

        assertThat(result.failures()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.checks())
                .extracting(Check::name)
                .containsExactly("status", "title", "body", "images", "listing", "canonical");
        assertThat(fixtures.events).singleElement().isInstanceOf(VerificationEvents.Verified.class);
    }

    @Test
    void keepsTheStatusTimeHashAndAGzipSnapshotAsEvidence() throws IOException {
        VerificationResult result = verify(POST);

        byte[] served =
                VerificationFixtures.resource("wordpress-block-post.html", base).getBytes(StandardCharsets.UTF_8);
        String sha = EvidenceStore.sha256(served);
        assertThat(result.evidence().httpStatus()).isEqualTo(200);
        assertThat(result.evidence().fetchedAt()).isEqualTo(VerificationFixtures.NOW);
        assertThat(result.evidence().sha256()).isEqualTo(sha).hasSize(64);
        assertThat(result.evidence().snapshot()).isEqualTo(sha + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(evidenceDir.resolve(sha + ".html.gz")))) {
            assertThat(in.readAllBytes()).isEqualTo(served);
        }
        Map<String, Object> row =
                fixtures.jdbc.sql("SELECT * FROM verification").query().singleRow();
        assertThat(row)
                .containsEntry("PUBLICATION_ID", 42L)
                .containsEntry("UNIT", "ttyt-mau")
                .containsEntry("KIND", "page")
                .containsEntry("PASSED", true)
                .containsEntry("HTTP_STATUS", 200)
                .containsEntry("SHA256", sha);
        assertThat((String) row.get("CHECKS")).contains("\"name\":\"body\"");
    }

    @Test
    void namesTheParagraphThatIsMissing() {
        String html = VerificationFixtures.resource("wordpress-block-post.html", base)
                .replace("<p>Người dân được hướng dẫn “tận tình”, thủ tục giải quyết nhanh hơn&#8230;</p>", "");
        stubHtml("/thieu-doan/", html.replace(POST, "/thieu-doan/"));

        VerificationResult result = fixtures.verifier.verify(
                new VerificationRequest(42L, "ttyt-mau", base + "/thieu-doan/", VerificationFixtures.PAGE, null));

        assertThat(result.passed()).isFalse();
        Check body = byName(result).get("body");
        assertThat(body.passed()).isFalse();
        assertThat(body.detail())
                .startsWith("thiếu 1/4 đoạn")
                .contains("Người dân được hướng dẫn \"tận tình\", thủ tục giải quyết nhanh hơn...")
                .doesNotContain("Tiếp nhận hồ sơ");
        VerificationEvents.VerificationFailed failed = (VerificationEvents.VerificationFailed) fixtures.events.get(0);
        assertThat(failed.publicationId()).isEqualTo(42L);
        assertThat(failed.reasonsVi()).singleElement().asString().startsWith("body: thiếu 1/4 đoạn");
        assertThat(failed.reasonsEn()).singleElement().asString().startsWith("body: missing 1 of 4 paragraphs");
    }

    @Test
    void aBrokenImageFailsAndIsNamed() {
        site.stubFor(any(urlPathEqualTo(IMAGE)).willReturn(aResponse().withStatus(404)));

        Check images = byName(verify(POST)).get("images");

        assertThat(images.passed()).isFalse();
        assertThat(images.detail()).contains(base + IMAGE).contains("mã HTTP 404");
    }

    @Test
    void anImageServedAsHtmlIsNotAnImage() {
        site.stubFor(any(urlPathEqualTo(IMAGE))
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<p>lỗi</p>")));

        Check images = byName(verify(POST)).get("images");

        assertThat(images.passed()).isFalse();
        assertThat(images.detailEn()).contains("not an image (Content-Type: text/html)");
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGet() {
        site.stubFor(com.github.tomakehurst.wiremock.client.WireMock.head(urlPathEqualTo(IMAGE))
                .willReturn(aResponse().withStatus(405)));

        assertThat(byName(verify(POST)).get("images").passed()).isTrue();
    }

    @Test
    void aPageThatIsGoneFailsWithItsStatus() {
        site.stubFor(get(urlPathEqualTo("/da-xoa/"))
                .willReturn(aResponse().withStatus(404).withBody("Not found")));

        VerificationResult result = verify("/da-xoa/");

        assertThat(result.passed()).isFalse();
        assertThat(result.checks()).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo("status");
            assertThat(check.detail()).isEqualTo("trang trả về mã HTTP 404");
        });
        assertThat(result.evidence().httpStatus()).isEqualTo(404);
        assertThat(result.evidence().sha256())
                .isEqualTo(EvidenceStore.sha256("Not found".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.gone()).isTrue();
        assertThat(result.transientFailure()).as("a 404 is no passing trouble").isFalse();
    }

    @Test
    void aServerErrorIsATransientFailure() {
        site.stubFor(get(urlPathEqualTo("/loi/")).willReturn(aResponse().withStatus(503)));

        VerificationResult result = verify("/loi/");

        assertThat(result.passed()).isFalse();
        assertThat(result.transientFailure()).isTrue();
        assertThat(result.gone()).isFalse();
    }

    @Test
    void followsRedirectsAndRecordsTheChain() {
        site.stubFor(get(urlPathEqualTo("/?p=42"))
                .willReturn(aResponse().withStatus(301).withHeader("Location", "/cu/")));
        site.stubFor(get(urlPathEqualTo("/cu/"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", base + POST)));

        VerificationResult result = verify("/cu/");

        assertThat(result.failures()).isEmpty();
        assertThat(result.evidence().finalUrl()).isEqualTo(base + POST);
        assertThat(result.evidence().redirects()).containsExactly("302 " + base + "/cu/ -> " + base + POST);
        assertThat(byName(result).get("status").detail()).isEqualTo("trang trả về 200 (1 lần chuyển hướng)");
    }

    @Test
    void endlessRedirectsFail() {
        site.stubFor(get(urlPathEqualTo("/vong/"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/vong/")));

        VerificationResult result = verify("/vong/");

        assertThat(result.passed()).isFalse();
        assertThat(result.checks().get(0).detail()).isEqualTo("quá 5 lần chuyển hướng");
        assertThat(result.evidence().redirects()).hasSize(6);
    }

    @Test
    void aSlowPageTimesOutAndFailsWithTheReason() {
        VerificationFixtures slow = new VerificationFixtures(evidenceDir, Duration.ofMillis(300));
        site.stubFor(get(urlPathEqualTo("/cham/"))
                .willReturn(aResponse().withFixedDelay(3000).withBody("<p>muộn</p>")));

        long started = System.nanoTime();
        VerificationResult result = slow.verifier.verify(
                new VerificationRequest(7L, "ttyt-mau", base + "/cham/", VerificationFixtures.PAGE, null));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        assertThat(result.passed()).isFalse();
        assertThat(result.checks().get(0).detail()).isEqualTo("trang không trả lời trong 0.3 giây");
        assertThat(result.evidence().httpStatus()).isNull();
        assertThat(result.transientFailure()).isTrue();
        assertThat(result.evidence().sha256()).isNull();
        assertThat(slow.events).singleElement().isInstanceOf(VerificationEvents.VerificationFailed.class);
    }

    @Test
    void aPageLargerThanTheLimitIsNotReadIntoMemory() {
        byte[] huge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        site.stubFor(get(urlPathEqualTo("/lon/")).willReturn(aResponse().withBody(huge)));

        VerificationResult result = verify("/lon/");

        assertThat(result.passed()).isFalse();
        assertThat(result.checks()).singleElement().extracting(Check::detail).isEqualTo("trang lớn hơn 10 MB");
        assertThat(result.evidence().sha256()).isNull();
    }

    @Test
    void aPageNotOnTheCategoryPageFailsTheListingCheck() {
        stubHtml(
                CATEGORY,
                "<html><body><ul class=\"wp-block-post-template\"><li class=\"wp-block-post\">"
                        + "<a href=\"" + base + "/2026/03/bai-khac/\">Bài khác</a></li></ul>"
                        + "<a href=\"" + base + POST + "\">sidebar link</a></body></html>");

        Check listing = byName(verify(POST)).get("listing");

        assertThat(listing.passed()).isFalse();
        assertThat(listing.detail()).isEqualTo("bài không có trong danh mục " + base + CATEGORY + " (đã xem 1 trang)");
    }

    @Test
    void anOlderPostIsFoundOnTheListingsNextPages() {
        String empty = "<html><body><ul class=\"wp-block-post-template\"><li class=\"wp-block-post\">" + "<a href=\""
                + base + "/2026/03/bai-khac/\">Bài khác</a></li></ul>";
        stubHtml(
                CATEGORY,
                empty + "<a class=\"wp-block-query-pagination-next\" href=\"page/2/\">Cũ hơn</a></body></html>");
        stubHtml(
                CATEGORY + "page/2/",
                empty + "<a class=\"wp-block-query-pagination-next\" href=\"../3/\">Cũ hơn</a>" + "</body></html>");
        stubHtml(CATEGORY + "page/3/", VerificationFixtures.resource("wordpress-category.html", base));

        Check listing = byName(verify(POST)).get("listing");

        assertThat(listing.passed()).isTrue();
        assertThat(listing.detail()).isEqualTo("bài có trong danh mục " + base + CATEGORY + " (trang 3)");
    }

    @Test
    void aListingWhoseNextPageLoopsStops() {
        stubHtml(
                CATEGORY,
                "<html><body><li class=\"wp-block-post\"><a href=\"/x/\">x</a></li>" + "<a rel=\"next\" href=\""
                        + CATEGORY + "\">next</a></body></html>");

        assertThat(byName(verify(POST)).get("listing").detail())
                .isEqualTo("bài không có trong danh mục " + base + CATEGORY + " (đã xem 1 trang)");
    }

    @Test
    void aCanonicalPointingElsewhereFails() {
        stubHtml("/ban-sao/", VerificationFixtures.resource("wordpress-block-post.html", base));

        Check canonical = byName(verify("/ban-sao/")).get("canonical");

        assertThat(canonical.passed()).isFalse();
        assertThat(canonical.detail()).contains(base + POST).contains(base + "/ban-sao/");
    }

    @Test
    void aWrongTitleFails() {
        stubHtml(
                "/khac/",
                VerificationFixtures.resource("wordpress-block-post.html", base)
                        .replace("Bộ phận một cửa hiện đại</h1>", "Tin khác</h1>")
                        .replace("<title>Bộ phận một cửa hiện đại", "<title>Tin khác"));

        Check title = byName(verify("/khac/")).get("title");

        assertThat(title.passed()).isFalse();
        assertThat(title.detail())
                .isEqualTo("tiêu đề không khớp: trang có \"Tin khác\", bài viết là \"Bộ phận một cửa hiện đại\"");
    }

    @Test
    void aClassicThemePageIsReadWithTheFallbackSelectors() {
        stubHtml("/bo-phan-mot-cua-hien-dai/", VerificationFixtures.resource("classic-post.html", base));

        VerificationResult result = fixtures.verifier.verify(new VerificationRequest(
                null, "ttyt-mau", base + "/bo-phan-mot-cua-hien-dai/", VerificationFixtures.PAGE, null));

        assertThat(result.failures()).isEmpty();
        assertThat(result.checks())
                .extracting(Check::name)
                .containsExactly("status", "title", "body", "images", "canonical");
        assertThat(byName(result).get("body").detail()).isEqualTo("đủ 4 đoạn nội dung");
    }

    @Test
    void decomposedVietnameseOnThePageStillMatches() {
        String nfd = java.text.Normalizer.normalize(
                VerificationFixtures.resource("wordpress-block-post.html", base), java.text.Normalizer.Form.NFD);
        stubHtml(POST, nfd);

        assertThat(verify(POST).failures()).isEmpty();
        assertThat(List.of(nfd))
                .isNotEqualTo(List.of(VerificationFixtures.resource("wordpress-block-post.html", base)));
    }
}
