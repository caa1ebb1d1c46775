package vn.cchc.publisher.channel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.cchc.publisher.TestTemplates;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.channel.SitePage;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.TthcPage;
import vn.cchc.publisher.content.TthcPages;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

class StaticLocalSiteTest {

    static final String BASE = "http://localhost:8080/site";
    static final Instant NOW = Instant.parse("2026-05-20T03:00:00Z");

    @TempDir
    Path content;

    @TempDir
    Path siteDir;

    private StaticLocalSite site;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(content.resolve("articles/img"));
        Files.write(content.resolve("articles/img/a.png"), new byte[] {1, 2, 3});
        Files.write(content.resolve("articles/img/cover.jpg"), new byte[] {4, 5, 6});
        site = newSite();
    }

    private StaticLocalSite newSite() {
        return newSiteAt(NOW);
    }

    @Test
    void writesTheArticlePageWhereTheLayoutSays() throws IOException {
        site.publish(
                article("cai-cach-the-che", "Cải cách thể chế", Area.THE_CHE, "2026-03-02T08:00:00+07:00"),
                page("cai-cach-the-che", "Cải cách thể chế"));

        Document page = parse("tin-bai/cai-cach-the-che/index.html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(page.title()).isEqualTo("Cải cách thể chế - TTYT Thử nghiệm");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/tin-bai/cai-cach-the-che/");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("Tóm tắt bài viết.");
        assertThat(page.select("article h1.entry-title").text()).isEqualTo("Cải cách thể chế");
        assertThat(page.select("article div.entry-content p").text()).isEqualTo("Nội dung bài viết.");
        assertThat(page.select("article div.entry-content img").attr("src"))
                .isEqualTo(BASE + "/media/articles/img/a.png");
        assertThat(page.selectFirst("article time").attr("datetime")).isEqualTo("2026-03-02T08:00:00+07:00");
        assertThat(page.selectFirst("article time").text()).isEqualTo("02/03/2026");
        assertThat(page.selectFirst("article a.entry-area").attr("href")).isEqualTo("../../linh-vuc/the-che/");
        assertThat(page.selectFirst("article a.entry-area").text()).isEqualTo("Cải cách thể chế");
        assertThat(page.select("article .entry-tags li").eachText()).containsExactly("thể chế", "văn bản");
        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("../../assets/site.css");
        assertThat(page.select("[aria-current]"))
                .as("an article is none of the nav's pages")
                .isEmpty();
        assertThat(siteDir.resolve("assets/site.css")).isNotEmptyFile();
    }

    @Test
    void showsTheDateInVietnamTime() throws IOException {
        site.publish(article("muon", "Muộn", Area.THE_CHE, "2026-03-01T20:00:00Z"), page("muon", "Muộn"));

        Document page = parse("tin-bai/muon/index.html");
        assertThat(page.selectFirst("time").text()).isEqualTo("02/03/2026");
        assertThat(page.selectFirst("time").attr("datetime")).isEqualTo("2026-03-02T03:00:00+07:00");
    }

    @Test
    void copiesTheImagesAndShowsTheCoverWhenTheBodyLacksIt() throws IOException {
        site.publish(article("a", "A", Area.THE_CHE, null), page("a", "A"));

        assertThat(siteDir.resolve("media/articles/img/a.png")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(siteDir.resolve("media/articles/img/cover.jpg")).hasBinaryContent(new byte[] {4, 5, 6});
        assertThat(parse("tin-bai/a/index.html")
                        .select("figure.entry-cover img")
                        .attr("src"))
                .isEqualTo("../../media/articles/img/cover.jpg");
    }

    @Test
    void refusesAMissingImageAndWritesNothing() throws IOException {
        Files.delete(content.resolve("articles/img/cover.jpg"));

        assertThatThrownBy(() -> site.publish(article("a", "A", Area.THE_CHE, null), page("a", "A")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("articles/img/cover.jpg");
        assertThat(siteDir.resolve("tin-bai/a")).doesNotExist();
        assertThat(siteDir.resolve("media/articles/img/a.png")).doesNotExist();
    }

    @Test
    void anArticleWithARemoteCoverIsPublishedWithTheCoverFromItsAddress() throws IOException {
        String remote = "https://anh.example.vn/bia.jpg";
        Article base = article("a", "A", Area.THE_CHE, null);
        Article remoteCover = new Article(
                base.file(),
                base.slug(),
                base.title(),
                base.area(),
                base.target(),
                base.channels(),
                base.publishAt(),
                base.summary(),
                remote,
                base.tags(),
                base.status(),
                base.markdown(),
                base.bodyLine(),
                base.contentHash(),
                List.of("articles/img/a.png"));
        WebsitePage page = new WebsitePage("a", "A", page("a", "A").html(), null, List.of("articles/img/a.png"));

        site.publish(remoteCover, page);

        assertThat(parse("tin-bai/a/index.html")
                        .select("figure.entry-cover img")
                        .attr("src"))
                .isEqualTo(remote);
        assertThat(parse("index.html").select("a.post-thumb img").attr("src")).isEqualTo(remote);
        assertThat(site.find("a")).hasValueSatisfying(p -> assertThat(p.cover()).isEqualTo(remote));
        assertThat(siteDir.resolve("media/articles/img/a.png")).exists();
    }

    @Test
    void refusesAnImageOutsideTheContentDirectory() {
        WebsitePage escaping = new WebsitePage("a", "A", "<p>x</p>", null, List.of("../secret.png"));

        assertThatThrownBy(() -> site.publish(article("a", "A", null, null), escaping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the content directory");
    }

    @Test
    void refusesASlugThatIsNotOne() {
        assertThatThrownBy(() -> site.find("../../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.remove("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.publish(article("a", "A", null, null), page("b", "B")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishingTheSameSlugTwiceReplacesThePageAndKeepsItsDate() throws IOException {
        site.publish(article("a", "Bản đầu", Area.THE_CHE, null), page("a", "Bản đầu"));
        StaticLocalSite later = newSiteAt(Instant.parse("2026-06-01T03:00:00Z"));
        later.publish(article("a", "Bản sửa", Area.THE_CHE, null), page("a", "Bản sửa"));

        try (Stream<Path> pages = Files.list(siteDir.resolve("tin-bai"))) {
            assertThat(pages).hasSize(1);
        }
        assertThat(parse("tin-bai/a/index.html").select("h1").text()).isEqualTo("Bản sửa");
        assertThat(parse("tin-bai/a/index.html").select("time").text()).isEqualTo("20/05/2026");
        assertThat(parse("index.html").select(".post-title").eachText()).containsExactly("Bản sửa");
        assertThat(later.pages()).extracting(SitePage::title).containsExactly("Bản sửa");
    }

    @Test
    void listsArticlesNewestFirstOnTheHomePageAndByArea() throws IOException {
        site.publish(article("cu", "Cũ", Area.THE_CHE, "2026-01-05T08:00:00+07:00"), page("cu", "Cũ"));
        site.publish(article("moi", "Mới", Area.CHINH_QUYEN_SO, "2026-04-05T08:00:00+07:00"), page("moi", "Mới"));
        site.publish(article("giua", "Giữa", Area.THE_CHE, "2026-02-05T08:00:00+07:00"), page("giua", "Giữa"));

        Document home = parse("index.html");
        assertThat(home.select("h1").text()).isEqualTo(SiteRenderer.HOME_HEADING);
        assertThat(home.select(".post-title a").eachText()).containsExactly("Mới", "Giữa", "Cũ");
        assertThat(home.select(".post-title a").eachAttr("href"))
                .containsExactly("tin-bai/moi/", "tin-bai/giua/", "tin-bai/cu/");
        assertThat(home.select(".post-excerpt").eachText()).containsOnly("Tóm tắt bài viết.");
        assertThat(home.select(".post-thumb img").first().attr("src")).isEqualTo("media/articles/img/cover.jpg");
        assertThat(home.select("nav.area-nav a").eachAttr("href"))
                .containsExactly(
                        "linh-vuc/the-che/",
                        "linh-vuc/thu-tuc-hanh-chinh/",
                        "linh-vuc/to-chuc-bo-may/",
                        "linh-vuc/che-do-cong-vu/",
                        "linh-vuc/tai-chinh-cong/",
                        "linh-vuc/chinh-quyen-so/");

        Document theChe = parse("linh-vuc/the-che/index.html");
        assertThat(theChe.select("h1").text()).isEqualTo("Cải cách thể chế");
        assertThat(theChe.select(".post-title a").eachText()).containsExactly("Giữa", "Cũ");
        assertThat(theChe.select(".post-title a").eachAttr("href"))
                .containsExactly("../../tin-bai/giua/", "../../tin-bai/cu/");
        assertThat(theChe.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/linh-vuc/the-che/");
        assertThat(theChe.select("nav.area-nav a[aria-current=page]").text()).isEqualTo("Cải cách thể chế");
    }

    @Test
    void writesEveryReformAreaIndexButAGeneralTopicOnlyWhenItHasArticles() throws IOException {
        site.publish(article("a", "A", Area.DIEN_HINH, null), page("a", "A"));

        for (Area area : Area.values()) {
            Path index = siteDir.resolve(SiteLayout.areaPath(area)).resolve("index.html");
            assertThat(index)
                    .as(area.id())
                    .matches(p -> Files.exists(p) == (area.isReformArea() || area == Area.DIEN_HINH));
        }
        assertThat(parse("linh-vuc/the-che/index.html").select(".list-empty").text())
                .isEqualTo("Chưa có bài viết.");

        site.remove("a");

        assertThat(siteDir.resolve("linh-vuc/dien-hinh")).doesNotExist();
    }

    @Test
    void findsAndRemovesAPage() throws IOException {
        site.publish(article("a", "A", Area.TAI_CHINH_CONG, "2026-03-02T08:00:00+07:00"), page("a", "A"));

        assertThat(site.find("a")).hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo("A");
            assertThat(p.url()).isEqualTo(BASE + "/tin-bai/a/");
            assertThat(p.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T08:00:00+07:00"));
            assertThat(p.area()).isEqualTo(Area.TAI_CHINH_CONG);
            assertThat(p.excerpt()).isEqualTo("Tóm tắt bài viết.");
            assertThat(p.cover()).isEqualTo("articles/img/cover.jpg");
        });
        assertThat(site.find("b")).isEmpty();

        assertThat(site.remove("a")).isTrue();
        assertThat(site.remove("a")).isFalse();
        assertThat(site.find("a")).isEmpty();
        assertThat(siteDir.resolve("tin-bai/a")).doesNotExist();
        assertThat(parse("index.html").select(".post-item")).isEmpty();
        assertThat(parse("linh-vuc/tai-chinh-cong/index.html").select(".post-item"))
                .isEmpty();
    }

    @Test
    void rebuildsTheIndexesFromThePagesOnDisk() throws IOException {
        site.publish(article("a", "A", Area.THE_CHE, null), page("a", "A"));
        Files.delete(siteDir.resolve("index.html"));

        StaticLocalSite restarted = newSite();
        restarted.rebuildIndexes();

        assertThat(parse("index.html").select(".post-title").eachText()).containsExactly("A");
        assertThat(restarted.pages()).extracting(SitePage::slug).containsExactly("a");
        assertThat(parse("thu-tuc-hanh-chinh/index.html").select("h1").text()).isEqualTo(TthcPages.LISTING_TITLE);
    }

    @Test
    void escapesTheTitleAndSummary() throws IOException {
        Article hostile = article("x", "<script>alert(1)</script>", Area.THE_CHE, null);
        site.publish(hostile, new WebsitePage("x", "<script>alert(1)</script>", "<p>ok</p>", "<b>s</b>", List.of()));

        Document page = parse("tin-bai/x/index.html");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(parse("index.html").select("script, .post-excerpt b")).isEmpty();
    }

    @Test
    void leavesNoTemporaryFiles() throws IOException {
        site.publish(article("a", "A", Area.THE_CHE, null), page("a", "A"));
        site.publish(article("a", "A", Area.THE_CHE, null), page("a", "A"));

        try (Stream<Path> files = Files.walk(siteDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void publishesTheTthcListingAndOnePagePerProcedure() throws IOException {
        site.publishTthc(List.of(procedure("1.000001"), procedure("1.000002")));
        site.publishTthc(List.of(procedure("1.000002"), procedure("2.000003")));

        Document listing = parse("thu-tuc-hanh-chinh/index.html");
        assertThat(listing.select("h1.entry-title").text()).isEqualTo(TthcPages.LISTING_TITLE);
        assertThat(listing.select(".entry-content li a").eachAttr("href")).containsExactly("1.000002/", "2.000003/");
        assertThat(listing.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/thu-tuc-hanh-chinh/");
        Document one = parse("thu-tuc-hanh-chinh/2.000003/index.html");
        assertThat(one.select("h1.entry-title").text()).isEqualTo("Thủ tục 2.000003");
        assertThat(one.select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("../../", "../../thu-tuc-hanh-chinh/");
        assertThat(siteDir.resolve("thu-tuc-hanh-chinh/1.000001"))
                .as("no longer listed")
                .doesNotExist();
        assertThatThrownBy(() -> site.publishTthc(List.of(procedure("../x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private StaticLocalSite newSiteAt(Instant now) {
        StaticListableBeanFactory beans =
                new StaticListableBeanFactory(Map.of("clock", Clock.fixed(now, ZoneOffset.UTC)));
        return new StaticLocalSite(
                new SiteProperties(BASE, siteDir, "TTYT Thử nghiệm"),
                new ContentProperties(content, "TTYT", List.of()),
                TestTemplates.engine(),
                new FakeTthcPages(),
                beans.getBeanProvider(Clock.class));
    }

    private Document parse(String sitePath) throws IOException {
        Path file = siteDir.resolve(sitePath);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    static Article article(String slug, String title, @Nullable Area area, @Nullable String publishAt) {
        return new Article(
                "articles/" + slug + ".md",
                slug,
                title,
                area,
                null,
                java.util.Set.of(Channel.WEBSITE),
                publishAt == null ? null : OffsetDateTime.parse(publishAt),
                "Tóm tắt bài viết.",
                "articles/img/cover.jpg",
                List.of("thể chế", "văn bản"),
                ArticleStatus.READY,
                "Nội dung bài viết.",
                10,
                "0".repeat(64),
                List.of("articles/img/a.png"));
    }

    static WebsitePage page(String slug, String title) {
        return new WebsitePage(
                slug,
                title,
                "<p>Nội dung bài viết.</p><figure><img src=\"" + BASE
                        + "/media/articles/img/a.png\" alt=\"\"></figure>",
                "Tóm tắt bài viết.",
                List.of("articles/img/cover.jpg", "articles/img/a.png"));
    }

    static TthcProcedure procedure(String code) {
        return new TthcProcedure(
                "tthc/" + code + ".yaml",
                code,
                "Thủ tục " + code,
                "Lĩnh vực",
                "Cấp huyện",
                "TTYT",
                List.of("Bước"),
                List.of("Trực tiếp"),
                List.of("Đơn"),
                "5 ngày",
                "Không",
                "Cá nhân",
                "Giấy",
                List.of("Luật"),
                TthcProcedure.OnlineService.NONE,
                null);
    }

    /** Stands in for the content module's pages: one link per procedure. */
    static final class FakeTthcPages implements TthcPages {

        @Override
        public TthcPage listing(List<TthcProcedure> procedures, java.util.function.UnaryOperator<String> url) {
            StringBuilder html = new StringBuilder("<ul>");
            procedures.forEach(p -> html.append("<li><a href=\"")
                    .append(url.apply(p.code()))
                    .append("\">")
                    .append(p.code())
                    .append("</a></li>"));
            return new TthcPage(LISTING_TITLE, html.append("</ul>").toString());
        }

        @Override
        public TthcPage procedure(TthcProcedure procedure) {
            return new TthcPage(procedure.name(), "<p>" + procedure.code() + "</p>");
        }

        @Override
        public String portalUrl(TthcProcedure procedure) {
            return "https://example.invalid/" + procedure.code();
        }
    }
}
