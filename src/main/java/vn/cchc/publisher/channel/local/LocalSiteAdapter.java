package vn.cchc.publisher.channel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.channel.SitePage;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.HtmlMediaRewriter;
import vn.cchc.publisher.channel.http.Outcomes;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Channel;

/**
 * The website channel when no WordPress site is enabled (and {@code cchc.channels.local-site.enabled} is
 * not false): pages written to the built-in {@link LocalSite}.
 * The post's id is its slug, and its URL the page's. Like WordPress, {@link #publish} looks the slug up
 * first and never writes a page that is already there; {@link #update} rewrites it (and writes it again
 * after {@link #unpublish}, which deletes it). The page's image URLs are pointed at the site's
 * {@code media/}, whatever {@link vn.cchc.publisher.content.Links} the page was rendered with, so it takes
 * the same renditions as WordPress. The images are looked for in the request's content directory before
 * anything is written; the site copies them from {@code cchc.content.dir}, which is the same directory.
 *
 * <p>Nothing is retried: a file that cannot be read or written, a missing image, a page refused by the
 * site come back as {@link ChannelOutcome.NeedsAttention}.
 */
@Component
@ConditionalOnExpression("!${cchc.channels.wordpress.enabled:false} and ${cchc.channels.local-site.enabled:true}")
final class LocalSiteAdapter implements ChannelAdapter<WebsitePage> {

    static final String NAME = "local-site";

    /** Stamps a transient failure in {@link Outcomes#guard}, which the site never has. */
    private static final Clock NO_RETRIES = Clock.systemUTC();

    private final LocalSite site;

    LocalSiteAdapter(LocalSite site) {
        this.site = site;
    }

    @Override
    public Channel channel() {
        return Channel.WEBSITE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<WebsitePage> renditionType() {
        return WebsitePage.class;
    }

    /** Always ready: the site is part of the service. */
    @Override
    public ChannelStatus status() {
        String url = site.layout().url(SiteLayout.homePath());
        return new ChannelStatus(
                Channel.WEBSITE,
                NAME,
                ChannelStatus.State.READY,
                List.of(),
                "Trang web nội bộ sẵn sàng: các trang được ghi vào " + site.directory() + " và xem tại " + url + ".",
                "The local site is ready: pages are written to " + site.directory() + " and served at " + url + ".");
    }

    @Override
    public ChannelOutcome.OfPublish publish(PublishRequest<WebsitePage> request) {
        String slug = request.rendition().slug();
        return guard(
                "publish " + slug,
                () -> {
                    Optional<SitePage> existing = site.find(slug);
                    if (existing.isPresent()) {
                        return new ChannelOutcome.AlreadyExists(
                                slug, existing.get().url());
                    }
                    SitePage page = write(request);
                    return new ChannelOutcome.Published(page.slug(), page.url());
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfLookup findExisting(PublishRequest<WebsitePage> request) {
        String slug = request.rendition().slug();
        return guard(
                "lookup " + slug,
                () -> site.find(slug)
                        .<ChannelOutcome.OfLookup>map(page -> new ChannelOutcome.AlreadyExists(slug, page.url()))
                        .orElseGet(ChannelOutcome.NotFound::new),
                f -> f);
    }

    /** The page with the text of its article: title, date, area, body and tags. */
    @Override
    public ChannelOutcome.OfReadBack readBack(String remoteId) {
        return guard(
                "read back " + remoteId,
                () -> {
                    Optional<SitePage> page = site.find(remoteId);
                    Optional<String> text = page.flatMap(p -> articleText(remoteId));
                    if (page.isEmpty() || text.isEmpty()) {
                        return new ChannelOutcome.NotFound();
                    }
                    return new ChannelOutcome.RemotePost(remoteId, page.get().url(), true, text.get());
                },
                f -> f);
    }

    /** Rewrites the page, or writes it again if it was taken down; its date is kept (see {@link LocalSite#publish}). */
    @Override
    public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<WebsitePage> request) {
        return guard(
                "update " + remoteId,
                () -> {
                    String slug = request.rendition().slug();
                    if (!slug.equals(remoteId)) {
                        throw attention(
                                "Trang " + remoteId + " trên trang web nội bộ không phải là bài có đường dẫn " + slug
                                        + "; đường dẫn của một trang không đổi được, hãy đăng bài thành trang mới.",
                                "The local site page " + remoteId + " is not the article with the slug " + slug
                                        + "; a page's slug cannot change, publish the article as a new page.");
                    }
                    SitePage page = write(request);
                    return new ChannelOutcome.Published(page.slug(), page.url());
                },
                f -> f);
    }

    /** Deletes the page; its images stay, as other pages may use them. */
    @Override
    public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
        return guard(
                "unpublish " + remoteId,
                () -> {
                    site.remove(remoteId);
                    return new ChannelOutcome.Unpublished(remoteId);
                },
                f -> f);
    }

    private SitePage write(PublishRequest<WebsitePage> request) {
        Article article = request.article();
        WebsitePage page = request.rendition();
        List<String> missing = missingImages(article, page, request.contentDir());
        if (!missing.isEmpty()) {
            throw attention(
                    "Thiếu ảnh của bài " + article.file() + " trong thư mục " + request.contentDir() + ": "
                            + String.join(", ", missing) + ". Thêm ảnh hoặc sửa đường dẫn ảnh rồi đăng lại.",
                    "Images of " + article.file() + " are missing from " + request.contentDir() + ": "
                            + String.join(", ", missing) + ". Add them or correct their paths, then publish again.");
        }
        return site.publish(article, withSiteMedia(page, request));
    }

    /** The images of the page and the article's local cover that are not files under the content directory. */
    private static List<String> missingImages(Article article, WebsitePage page, Path contentDir) {
        Set<String> images = new LinkedHashSet<>(page.images());
        String cover = article.cover();
        if (cover != null && !SiteMedia.isRemote(cover)) {
            images.add(cover);
        }
        Path root = contentDir.toAbsolutePath().normalize();
        List<String> missing = new ArrayList<>();
        for (String image : images) {
            Path file = root.resolve(image).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                missing.add(image);
            }
        }
        return missing;
    }

    /** The page with every image URL the request's links gave replaced by the site's own. */
    private WebsitePage withSiteMedia(WebsitePage page, PublishRequest<WebsitePage> request) {
        SiteLayout layout = site.layout();
        Map<String, String> urls = new HashMap<>();
        for (String image : page.images()) {
            String rendered = request.links().mediaUrl().apply(image);
            String local = layout.url(SiteLayout.mediaPath(image));
            if (!rendered.equals(local)) {
                urls.put(rendered, local);
            }
        }
        if (urls.isEmpty()) {
            return page;
        }
        return new WebsitePage(
                page.slug(), page.title(), HtmlMediaRewriter.rewrite(page.html(), urls), page.excerpt(), page.images());
    }

    /** The text of the {@code article} element of the page; empty if the page is gone. */
    private Optional<String> articleText(String slug) {
        Path file = site.directory().resolve(SiteLayout.articlePath(slug) + "index.html");
        Document document;
        try {
            document = Jsoup.parse(file.toFile(), "UTF-8");
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Element article = document.selectFirst("article.post");
        return Optional.of(article == null ? document.text() : article.text());
    }

    /**
     * Runs {@code work} under {@link Outcomes#guard}: a file that cannot be read or written and an argument
     * the site refuses become "needs attention", so that the adapter never throws.
     */
    private <T extends ChannelOutcome> T guard(
            String what, Supplier<T> work, Function<ChannelOutcome.Failure, T> asOutcome) {
        return Outcomes.guard(
                "Local site " + what,
                NO_RETRIES,
                () -> {
                    try {
                        return work.get();
                    } catch (UncheckedIOException e) {
                        throw attention(
                                "Không đọc hoặc ghi được trang web nội bộ trong thư mục " + site.directory() + " ("
                                        + e.getCause() + "). Kiểm tra quyền ghi và dung lượng đĩa rồi thử lại.",
                                "Cannot read or write the local site in " + site.directory() + " (" + e.getCause()
                                        + "). Check the permissions and the free disk space, then try again.");
                    } catch (IllegalArgumentException e) {
                        throw attention(
                                "Trang web nội bộ không nhận yêu cầu: " + e.getMessage() + ".",
                                "The local site refused the request: " + e.getMessage() + ".");
                    }
                },
                asOutcome);
    }

    private static FailedCall attention(String vi, String en) {
        return new FailedCall(new ChannelOutcome.NeedsAttention(vi, en));
    }
}
