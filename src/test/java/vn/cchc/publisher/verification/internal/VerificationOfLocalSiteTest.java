package vn.cchc.publisher.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.channel.local.TestLocalSites;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.TthcListingRequest;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;

/** Verification of pages rendered by the real built-in site and served over HTTP from a temporary directory. */
class VerificationOfLocalSiteTest {

    @TempDir
    Path siteDir;

    @TempDir
    Path content;

    @TempDir
    Path evidenceDir;

    private StaticFileServer server;
    private LocalSite site;
    private VerificationFixtures fixtures;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(content.resolve("articles/img"));
        Files.write(content.resolve("articles/img/a.png"), VerificationFixtures.png());
        server = new StaticFileServer(siteDir);
        site = TestLocalSites.create(server.baseUrl(), siteDir, content, VerificationFixtures.NOW);
        fixtures = new VerificationFixtures(evidenceDir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Article article() {
        return new Article(
                "articles/mot-cua.md",
                "bo-phan-mot-cua-hien-dai",
                "Bộ phận một cửa hiện đại",
                Area.THU_TUC_HANH_CHINH,
                null,
                Set.of(Channel.WEBSITE),
                null,
                "Tóm tắt.",
                null,
                List.of(),
                ArticleStatus.READY,
                "",
                5,
                "0".repeat(64),
                List.of("articles/img/a.png"));
    }

    private WebsitePage rendition() {
        String image = site.layout().url(SiteLayout.mediaPath("articles/img/a.png"));
        return new WebsitePage(
                "bo-phan-mot-cua-hien-dai",
                "Bộ phận một cửa hiện đại",
                VerificationFixtures.PAGE.html().replace("http://placeholder.invalid/media/articles/img/a.png", image),
                "Tóm tắt.",
                List.of("articles/img/a.png"));
    }

    private VerificationRequest request(WebsitePage expected) {
        String url = site.layout().url(SiteLayout.articlePath("bo-phan-mot-cua-hien-dai"));
        String listing = site.layout().url(SiteLayout.areaPath(Area.THU_TUC_HANH_CHINH));
        return new VerificationRequest(3L, "ttyt-mau", url, expected, listing);
    }

    @Test
    void aPagePublishedOnTheLocalSitePassesEveryCheck() {
        site.publish(article(), rendition());

        VerificationResult result = fixtures.verifier.verify(request(rendition()));

        assertThat(result.failures()).isEmpty();
        assertThat(result.checks())
                .extracting(Check::name)
                .containsExactly("status", "title", "body", "images", "listing", "canonical");
        assertThat(result.checks().get(3).detail()).isEqualTo("tải được cả 1 ảnh");
    }

    @Test
    void aPageWithoutItsSlashIsFoundThroughTheRedirect() {
        site.publish(article(), rendition());
        String url = site.layout().url("tin-bai/bo-phan-mot-cua-hien-dai");

        VerificationResult result =
                fixtures.verifier.verify(new VerificationRequest(3L, "ttyt-mau", url, rendition(), null));

        assertThat(result.failures()).isEmpty();
        assertThat(result.evidence().redirects()).hasSize(1);
        assertThat(result.evidence().finalUrl()).isEqualTo(url + "/");
    }

    @Test
    void anEditedArticleIsNotWhatThePageShows() {
        site.publish(article(), rendition());
        WebsitePage edited = new WebsitePage(
                rendition().slug(),
                rendition().title(),
                rendition().html() + "<p>Đoạn mới thêm sau khi đăng.</p>",
                null,
                List.of());

        VerificationResult result = fixtures.verifier.verify(request(edited));

        assertThat(result.failures()).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo("body");
            assertThat(check.detail()).isEqualTo("thiếu 1/5 đoạn: \"Đoạn mới thêm sau khi đăng.\"");
        });
    }

    @Test
    void aRemovedPageFails() {
        site.publish(article(), rendition());
        site.remove("bo-phan-mot-cua-hien-dai");

        VerificationResult result = fixtures.verifier.verify(request(rendition()));

        assertThat(result.passed()).isFalse();
        assertThat(result.evidence().httpStatus()).isEqualTo(404);
    }

    @Test
    void theTthcListingShowsEveryProcedureOfTheCatalogue() {
        site.publishTthc(List.of(procedure("1.001234"), procedure("2.000123")));
        String url = site.layout().url(SiteLayout.tthcListingPath());

        VerificationResult complete = fixtures.verifier.verifyTthcListing(
                new TthcListingRequest(null, "ttyt-mau", url, List.of(procedure("1.001234"), procedure("2.000123"))));
        VerificationResult incomplete = fixtures.verifier.verifyTthcListing(new TthcListingRequest(
                null, "ttyt-mau", url, List.of(procedure("1.001234"), procedure("2.000123"), procedure("1.009999"))));

        assertThat(complete.failures()).isEmpty();
        assertThat(complete.checks())
                .extracting(Check::detail)
                .containsExactly("trang trả về 200", "trang có đủ 2 thủ tục", "mã thủ tục khớp danh mục");
        assertThat(incomplete.failures())
                .extracting(Check::detail)
                .containsExactly("trang có 2/3 thủ tục", "thiếu mã 1.009999");
    }

    @Test
    void aListingWithACodeNotInTheCatalogueFails() {
        site.publishTthc(List.of(procedure("1.001234"), procedure("2.000123")));

        VerificationResult result = fixtures.verifier.verifyTthcListing(new TthcListingRequest(
                null, "ttyt-mau", site.layout().url(SiteLayout.tthcListingPath()), List.of(procedure("1.001234"))));

        assertThat(result.failures()).extracting(Check::detail).containsExactly("mã không có trong danh mục 2.000123");
    }

    static TthcProcedure procedure(String code) {
        return new TthcProcedure(
                "tthc/" + code + ".yaml",
                code,
                "Thủ tục " + code,
                "Khám bệnh, chữa bệnh",
                "Cấp huyện",
                "TTYT",
                List.of("Bước 1"),
                List.of("Trực tiếp"),
                List.of("Đơn"),
                "5 ngày",
                "Không",
                "Cá nhân",
                "Giấy xác nhận",
                List.of("Luật"),
                TthcProcedure.OnlineService.NONE,
                null);
    }
}
