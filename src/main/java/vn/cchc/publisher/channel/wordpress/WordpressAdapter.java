package vn.cchc.publisher.channel.wordpress;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.HtmlMediaRewriter;
import vn.cchc.publisher.channel.http.Json;
import vn.cchc.publisher.channel.http.Outcomes;
import vn.cchc.publisher.channel.http.RetryLoop;
import vn.cchc.publisher.channel.http.SecretSource;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Channel;

/**
 * Publishes website pages to a WordPress site through its REST API. Each attempt first looks the post up
 * by its slug (trash included), then files it under the configured category, uploads the images (found
 * again by their own deterministic slugs when an earlier attempt uploaded them), points the page's images
 * at the uploaded files, and creates the post with the slug and {@code date_gmt}. A transient failure
 * repeats the whole attempt, lookup first, so a create whose answer was lost is found rather than made
 * twice.
 */
final class WordpressAdapter implements ChannelAdapter<WebsitePage>, AutoCloseable {

    private static final DateTimeFormatter GMT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final ChannelsProperties.Wordpress settings;
    private final WordpressConnection connection;
    private final Clock clock;
    private final RetryLoop retry;
    private final Cache<String, Long> categories = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1))
            .maximumSize(100)
            .build();

    WordpressAdapter(
            ChannelsProperties.Wordpress settings,
            SecretSource secrets,
            ChannelHttp http,
            Clock clock,
            RetryLoop retry) {
        this.settings = settings;
        this.connection = new WordpressConnection(settings, secrets, http, clock);
        this.clock = clock;
        this.retry = retry;
    }

    @Override
    public Channel channel() {
        return Channel.WEBSITE;
    }

    @Override
    public String name() {
        return "wordpress";
    }

    @Override
    public Class<WebsitePage> renditionType() {
        return WebsitePage.class;
    }

    @Override
    public ChannelStatus status() {
        return connection.status();
    }

    @Override
    public ChannelOutcome.OfPublish publish(PublishRequest<WebsitePage> request) {
        String slug = request.rendition().slug();
        return Outcomes.guard(
                "WordPress publish " + slug,
                clock,
                () -> {
                    WordpressApi api = connection.open();
                    AtomicBoolean createSent = new AtomicBoolean();
                    return retry.run("WordPress publish " + slug, attempt -> {
                        Optional<WordpressPost> existing = existing(api, slug);
                        if (existing.isPresent()) {
                            WordpressPost post = existing.get();
                            return createSent.get()
                                    ? new ChannelOutcome.Published(String.valueOf(post.id()), post.link())
                                    : new ChannelOutcome.AlreadyExists(String.valueOf(post.id()), post.link());
                        }
                        ObjectNode body = body(api, request);
                        body.put("slug", slug);
                        body.put(
                                "date_gmt",
                                GMT.format(LocalDateTime.ofInstant(
                                        request.date().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)));
                        createSent.set(true);
                        WordpressPost created = api.createPost(body);
                        return new ChannelOutcome.Published(String.valueOf(created.id()), created.link());
                    });
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfLookup findExisting(PublishRequest<WebsitePage> request) {
        String slug = request.rendition().slug();
        return Outcomes.guard(
                "WordPress lookup " + slug,
                clock,
                () -> {
                    WordpressApi api = connection.open();
                    return retry.run(
                            "WordPress lookup " + slug,
                            attempt -> existing(api, slug)
                                    .<ChannelOutcome.OfLookup>map(post ->
                                            new ChannelOutcome.AlreadyExists(String.valueOf(post.id()), post.link()))
                                    .orElseGet(ChannelOutcome.NotFound::new));
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfReadBack readBack(String remoteId) {
        return Outcomes.guard(
                "WordPress read back " + remoteId,
                clock,
                () -> {
                    WordpressApi api = connection.open();
                    return retry.run(
                            "WordPress read back " + remoteId,
                            attempt -> api.getPost(id(remoteId))
                                    .<ChannelOutcome.OfReadBack>map(post -> new ChannelOutcome.RemotePost(
                                            remoteId, post.link(), post.isLive(), post.title()))
                                    .orElseGet(ChannelOutcome.NotFound::new));
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<WebsitePage> request) {
        return Outcomes.guard(
                "WordPress update " + remoteId,
                clock,
                () -> {
                    WordpressApi api = connection.open();
                    long id = id(remoteId);
                    return retry.run("WordPress update " + remoteId, attempt -> {
                        ObjectNode body = body(api, request);
                        WordpressPost post = api.updatePost(id, body).orElseThrow(() -> gone(remoteId));
                        return new ChannelOutcome.Published(String.valueOf(post.id()), post.link());
                    });
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
        return Outcomes.guard(
                "WordPress unpublish " + remoteId,
                clock,
                () -> {
                    WordpressApi api = connection.open();
                    long id = id(remoteId);
                    return retry.run("WordPress unpublish " + remoteId, attempt -> {
                        Optional<WordpressPost> post = api.getPost(id);
                        if (post.isPresent() && post.get().isLive()) {
                            ObjectNode draft = Json.object().put("status", "draft");
                            URI uri = api.uri("posts/" + id).build().toUri();
                            api.errors().check(api.sendJson(HttpMethod.POST, uri, draft), "unpublish a post");
                        }
                        return new ChannelOutcome.Unpublished(remoteId);
                    });
                },
                f -> f);
    }

    /** The post with this slug; a trashed one needs a person to decide. */
    private Optional<WordpressPost> existing(WordpressApi api, String slug) {
        Optional<WordpressPost> post = api.findPost(slug);
        if (post.isPresent() && post.get().isTrashed()) {
            throw api.errors()
                    .attention(
                            "Bài viết có đường dẫn " + slug + " đang nằm trong thùng rác của WordPress (#"
                                    + post.get().id() + "). Khôi phục hoặc xóa hẳn bài đó rồi đăng lại.",
                            "The post with the slug " + slug + " is in the WordPress trash (#"
                                    + post.get().id() + "). Restore it or delete it for good, then publish again.");
        }
        return post;
    }

    /** The fields a create and an update share: title, content with uploaded images, excerpt, category. */
    private ObjectNode body(WordpressApi api, PublishRequest<WebsitePage> request) {
        WebsitePage page = request.rendition();
        long category = categories.get(
                settings.categorySlug(),
                slug -> api.findCategory(slug).orElseGet(() -> api.createCategory(settings.categoryName(), slug)));
        Map<String, WordpressMedia.Media> media =
                new WordpressMedia(api).upload(page.slug(), page.images(), request.contentDir());
        Map<String, String> urls = new HashMap<>();
        media.forEach((path, item) -> urls.put(request.links().mediaUrl().apply(path), item.sourceUrl()));
        ObjectNode body = Json.object()
                .put("title", page.title())
                .put("content", HtmlMediaRewriter.rewrite(page.html(), urls))
                .put("status", "publish");
        if (page.excerpt() != null) {
            body.put("excerpt", page.excerpt());
        }
        body.putArray("categories").add(category);
        @Nullable String cover = request.article().cover();
        WordpressMedia.@Nullable Media featured = cover == null ? null : media.get(cover);
        if (featured != null) {
            body.put("featured_media", featured.id());
        }
        return body;
    }

    private static long id(String remoteId) {
        try {
            return Long.parseLong(remoteId);
        } catch (NumberFormatException e) {
            throw new FailedCall(new ChannelOutcome.NeedsAttention(
                    "Mã bài WordPress không hợp lệ: " + remoteId + ".", "Not a WordPress post id: " + remoteId + "."));
        }
    }

    private static FailedCall gone(String remoteId) {
        return new FailedCall(new ChannelOutcome.NeedsAttention(
                "Bài viết #" + remoteId + " không còn trên WordPress; đăng lại thành bài mới nếu cần.",
                "The post #" + remoteId + " is no longer on WordPress; publish it again as a new post if needed."));
    }

    @Override
    public void close() {
        connection.close();
    }
}
