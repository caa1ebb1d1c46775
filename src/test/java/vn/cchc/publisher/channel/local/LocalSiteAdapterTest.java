package vn.cchc.publisher.channel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.cchc.publisher.TestTemplates;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.TestArticles;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Channel;

/** The adapter over a real {@link StaticLocalSite} in a temporary directory. */
class LocalSiteAdapterTest {

    static final String BASE = "http://localhost:8080/site";
    static final String URL = BASE + "/tin-bai/" + TestArticles.SLUG + "/";
    static final String SLUG = TestArticles.SLUG;

    @TempDir
    Path content;

    @TempDir
    Path data;

    private Path siteDir;
    private StaticLocalSite site;
    private LocalSiteAdapter adapter;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(content.resolve("articles/img"));
        Files.write(content.resolve(TestArticles.COVER), new byte[] {1, 2, 3});
        Files.write(content.resolve(TestArticles.FIGURE), new byte[] {4, 5, 6});
        siteDir = data.resolve("site");
        site = siteAt(siteDir);
        adapter = new LocalSiteAdapter(site);
    }

    @Test
    void publishesThePageAndFindsItAfterwards() {
        assertThat(adapter.findExisting(request("Bản đầu"))).isEqualTo(new ChannelOutcome.NotFound());

        assertThat(adapter.publish(request("Bản đầu"))).isEqualTo(new ChannelOutcome.Published(SLUG, URL));

        assertThat(adapter.findExisting(request("Bản đầu"))).isEqualTo(new ChannelOutcome.AlreadyExists(SLUG, URL));
        assertThat(siteDir.resolve("tin-bai/" + SLUG + "/index.html")).isRegularFile();
    }

    @Test
    void publishingAgainFindsThePageAndLeavesItAlone() {
        adapter.publish(request("Bản đầu"));

        ChannelOutcome again = adapter.publish(request("Bản thứ hai"));

        assertThat(again).isEqualTo(new ChannelOutcome.AlreadyExists(SLUG, URL));
        assertThat(site.pages()).hasSize(1);
        assertThat(text(adapter.readBack(SLUG))).contains("Bản đầu").doesNotContain("Bản thứ hai");
    }

    @Test
    void pointsTheImagesAtTheSiteWhateverLinksThePageWasRenderedWith() throws IOException {
        adapter.publish(request("Bản đầu"));

        var page =
                Jsoup.parse(siteDir.resolve("tin-bai/" + SLUG + "/index.html").toFile(), "UTF-8");
        assertThat(page.select("div.entry-content img").eachAttr("src"))
                .containsExactly(BASE + "/media/" + TestArticles.FIGURE);
        assertThat(page.select("div.entry-content a").eachAttr("href"))
                .containsExactly(BASE + "/media/" + TestArticles.FIGURE);
        assertThat(siteDir.resolve("media/" + TestArticles.FIGURE)).hasBinaryContent(new byte[] {4, 5, 6});
        assertThat(siteDir.resolve("media/" + TestArticles.COVER)).hasBinaryContent(new byte[] {1, 2, 3});
    }

    @Test
    void readsBackTheLivePageWithItsTitleAndBody() {
        adapter.publish(request("Bản đầu"));

        ChannelOutcome readBack = adapter.readBack(SLUG);

        assertThat(readBack).isInstanceOfSatisfying(ChannelOutcome.RemotePost.class, post -> {
            assertThat(post.remoteId()).isEqualTo(SLUG);
            assertThat(post.publicUrl()).isEqualTo(URL);
            assertThat(post.live()).isTrue();
            assertThat(post.text()).startsWith(TestArticles.TITLE).contains("Bản đầu của bài viết.");
        });
    }

    @Test
    void updateRewritesThePageUnderTheSameIdAndUrl() {
        adapter.publish(request("Bản đầu"));

        ChannelOutcome updated = adapter.update(SLUG, request("Bản đã sửa"));

        assertThat(updated).isEqualTo(new ChannelOutcome.Published(SLUG, URL));
        assertThat(text(adapter.readBack(SLUG))).contains("Bản đã sửa").doesNotContain("Bản đầu");
        assertThat(site.pages()).hasSize(1);
    }

    @Test
    void updateOfAnotherPageNeedsAttentionAndChangesNothing() {
        adapter.publish(request("Bản đầu"));
        adapter.publish(request("Khác", "bai-khac"));

        ChannelOutcome updated = adapter.update("bai-khac", request("Bản đã sửa"));

        assertThat(updated).isInstanceOfSatisfying(ChannelOutcome.NeedsAttention.class, failure -> {
            assertThat(failure.reasonVi()).contains("bai-khac", SLUG);
            assertThat(failure.reasonEn()).contains("bai-khac", SLUG);
        });
        assertThat(text(adapter.readBack(SLUG))).contains("Bản đầu");
        assertThat(text(adapter.readBack("bai-khac"))).contains("Khác");
    }

    @Test
    void unpublishDeletesThePageAndAPageAlreadyGoneCountsAsUnpublished() {
        adapter.publish(request("Bản đầu"));

        assertThat(adapter.unpublish(SLUG)).isEqualTo(new ChannelOutcome.Unpublished(SLUG));

        assertThat(adapter.readBack(SLUG)).isEqualTo(new ChannelOutcome.NotFound());
        assertThat(adapter.findExisting(request("Bản đầu"))).isEqualTo(new ChannelOutcome.NotFound());
        assertThat(site.pages()).isEmpty();
        assertThat(adapter.unpublish(SLUG)).isEqualTo(new ChannelOutcome.Unpublished(SLUG));
    }

    @Test
    void updateAfterUnpublishWritesThePageAgain() {
        adapter.publish(request("Bản đầu"));
        adapter.unpublish(SLUG);

        assertThat(adapter.update(SLUG, request("Bản đăng lại"))).isEqualTo(new ChannelOutcome.Published(SLUG, URL));
        assertThat(text(adapter.readBack(SLUG))).contains("Bản đăng lại");
    }

    @Test
    void aMissingImageNeedsAttentionAndNothingIsWritten() throws IOException {
        Files.delete(content.resolve(TestArticles.FIGURE));

        ChannelOutcome published = adapter.publish(request("Bản đầu"));

        assertThat(published).isInstanceOfSatisfying(ChannelOutcome.NeedsAttention.class, failure -> {
            assertThat(failure.reasonVi()).startsWith("Thiếu ảnh").contains(TestArticles.FIGURE);
            assertThat(failure.reasonEn()).contains(TestArticles.FIGURE).doesNotContain(TestArticles.COVER);
        });
        assertThat(site.pages()).isEmpty();
        assertThat(siteDir.resolve("media/" + TestArticles.COVER)).doesNotExist();
    }

    @Test
    void aSiteThatCannotBeWrittenNeedsAttention() throws IOException {
        Path blocked = data.resolve("blocked");
        Files.writeString(blocked, "a file where the site's directory should be");
        LocalSiteAdapter unwritable = new LocalSiteAdapter(siteAt(blocked));

        ChannelOutcome published = unwritable.publish(request("Bản đầu"));

        assertThat(published).isInstanceOfSatisfying(ChannelOutcome.NeedsAttention.class, failure -> {
            assertThat(failure.reasonVi()).contains("Không đọc hoặc ghi được", blocked.toString());
            assertThat(failure.reasonEn()).contains("Cannot read or write", blocked.toString());
        });
    }

    @Test
    void anIdThatIsNotASlugNeedsAttention() {
        assertThat(adapter.readBack("../../etc")).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(adapter.unpublish("a/b")).isInstanceOf(ChannelOutcome.NeedsAttention.class);
    }

    @Test
    void isAlwaysReadyForTheWebsiteChannel() {
        ChannelStatus status = adapter.status();

        assertThat(adapter.channel()).isEqualTo(Channel.WEBSITE);
        assertThat(adapter.renditionType()).isEqualTo(WebsitePage.class);
        assertThat(status.state()).isEqualTo(ChannelStatus.State.READY);
        assertThat(status.adapter()).isEqualTo(LocalSiteAdapter.NAME);
        assertThat(status.detailVi()).contains(siteDir.toString(), BASE + "/");
    }

    /** The article rendered with placeholder image URLs, as for WordPress; its body says {@code version}. */
    private PublishRequest<WebsitePage> request(String version) {
        return request(version, SLUG);
    }

    private PublishRequest<WebsitePage> request(String version, String slug) {
        String figure = TestArticles.LINKS.mediaUrl().apply(TestArticles.FIGURE);
        Article article = TestArticles.article();
        Article renamed = new Article(
                "articles/" + slug + ".md",
                slug,
                article.title(),
                article.area(),
                article.target(),
                article.channels(),
                article.publishAt(),
                article.summary(),
                article.cover(),
                article.tags(),
                article.status(),
                article.markdown(),
                article.bodyLine(),
                article.contentHash(),
                article.images());
        WebsitePage page = new WebsitePage(
                slug,
                article.title(),
                "<p>" + version + " của bài viết.</p><figure><a href=\"" + figure + "\"><img src=\"" + figure
                        + "\" alt=\"Quy trình\"></a></figure>",
                article.summary(),
                List.of(TestArticles.COVER, TestArticles.FIGURE));
        return new PublishRequest<>(renamed, page, TestArticles.LINKS, content, TestArticles.DATE);
    }

    private static String text(ChannelOutcome readBack) {
        assertThat(readBack).isInstanceOf(ChannelOutcome.RemotePost.class);
        return ((ChannelOutcome.RemotePost) readBack).text();
    }

    private StaticLocalSite siteAt(Path dir) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                Map.of("clock", Clock.fixed(Instant.parse("2026-05-20T03:00:00Z"), ZoneOffset.UTC)));
        return new StaticLocalSite(
                new SiteProperties(BASE, dir, "TTYT Thử nghiệm"),
                new ContentProperties(content, "TTYT", List.of()),
                TestTemplates.engine(),
                new StaticLocalSiteTest.FakeTthcPages(),
                beans.getBeanProvider(Clock.class));
    }
}
