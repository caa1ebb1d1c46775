package vn.cchc.publisher.channel.facebook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.Outcomes;
import vn.cchc.publisher.channel.http.RetryLoop;
import vn.cchc.publisher.channel.http.SecretSource;
import vn.cchc.publisher.channel.http.TransientFailure;
import vn.cchc.publisher.content.FacebookPost;
import vn.cchc.publisher.shared.Channel;

/**
 * Publishes to a Facebook Page: a photo post ({@code /{page-id}/photos}, url + caption) when the article
 * has a cover, else a link post ({@code /{page-id}/feed}, message + link). Each attempt first searches
 * the Page's feed and scheduled posts for the post, so a create whose answer was lost (timeout, 5xx,
 * codes 1 and 2) is found rather than posted twice; code 506 (duplicate) means the post is probably
 * there, so it is searched for, never reworded. The id kept is the post's ({@code post_id} for photos).
 */
final class FacebookAdapter implements ChannelAdapter<FacebookPost>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FacebookAdapter.class);
    private static final String POST_FIELDS = "permalink_url,message,is_published,created_time";

    private final ChannelsProperties.Facebook settings;
    private final FacebookConnection connection;
    private final Clock clock;
    private final RetryLoop retry;

    FacebookAdapter(
            ChannelsProperties.Facebook settings,
            SecretSource secrets,
            ChannelHttp http,
            Clock clock,
            RetryLoop retry) {
        this.settings = settings;
        this.connection = new FacebookConnection(settings, secrets, http, clock);
        this.clock = clock;
        this.retry = retry;
    }

    @Override
    public Channel channel() {
        return Channel.FACEBOOK;
    }

    @Override
    public String name() {
        return "facebook";
    }

    @Override
    public Class<FacebookPost> renditionType() {
        return FacebookPost.class;
    }

    @Override
    public ChannelStatus status() {
        return connection.status();
    }

    @Override
    public ChannelOutcome.OfPublish publish(PublishRequest<FacebookPost> request) {
        FacebookPost post = request.rendition();
        String what = "Facebook publish " + request.article().slug();
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    GraphApi api = connection.open();
                    PostFinder finder = new PostFinder(api, settings.lookupLimit());
                    AtomicBoolean createSent = new AtomicBoolean();
                    return retry.run(what, attempt -> {
                        Optional<PostFinder.Found> found = finder.find(post);
                        if (found.isPresent()) {
                            return createSent.get()
                                    ? new ChannelOutcome.Published(found.get().id(), permalink(api, found.get()))
                                    : new ChannelOutcome.AlreadyExists(
                                            found.get().id(), permalink(api, found.get()));
                        }
                        createSent.set(true);
                        GraphApi.GraphReply reply = create(api, post);
                        if (reply.failedWith(506)) {
                            return duplicate(api, finder, post);
                        }
                        String id = postId(api.ok(reply, "create a post"));
                        log.info("{}: created post {}", what, id);
                        return new ChannelOutcome.Published(id, permalink(api, new PostFinder.Found(id, "")));
                    });
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfLookup findExisting(PublishRequest<FacebookPost> request) {
        String what = "Facebook lookup " + request.article().slug();
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    GraphApi api = connection.open();
                    PostFinder finder = new PostFinder(api, settings.lookupLimit());
                    return retry.run(
                            what,
                            attempt -> finder.find(request.rendition())
                                    .<ChannelOutcome.OfLookup>map(
                                            found -> new ChannelOutcome.AlreadyExists(found.id(), found.permalink()))
                                    .orElseGet(ChannelOutcome.NotFound::new));
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfReadBack readBack(String remoteId) {
        String what = "Facebook read back " + remoteId;
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    GraphApi api = connection.open();
                    return retry.run(what, attempt -> {
                        GraphApi.GraphReply reply = api.get(remoteId, Map.of("fields", POST_FIELDS));
                        if (reply.failedWith(100)) {
                            return new ChannelOutcome.NotFound();
                        }
                        JsonNode node = api.ok(reply, "read a post");
                        return new ChannelOutcome.RemotePost(
                                remoteId,
                                node.path("permalink_url").asString(""),
                                node.path("is_published").asBoolean(true),
                                node.path("message").asString(""));
                    });
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<FacebookPost> request) {
        String what = "Facebook update " + remoteId;
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    GraphApi api = connection.open();
                    return retry.run(what, attempt -> {
                        api.ok(
                                api.post(
                                        remoteId,
                                        Map.of("message", request.rendition().message())),
                                "update a post");
                        return new ChannelOutcome.Published(
                                remoteId, permalink(api, new PostFinder.Found(remoteId, "")));
                    });
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
        String what = "Facebook unpublish " + remoteId;
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    GraphApi api = connection.open();
                    return retry.run(what, attempt -> {
                        GraphApi.GraphReply reply = api.delete(remoteId);
                        if (!reply.failedWith(100)) {
                            api.ok(reply, "delete a post");
                        }
                        return new ChannelOutcome.Unpublished(remoteId);
                    });
                },
                f -> f);
    }

    private GraphApi.GraphReply create(GraphApi api, FacebookPost post) {
        Map<String, String> form = new LinkedHashMap<>();
        if (post.coverUrl() != null) {
            form.put("url", post.coverUrl());
            form.put("caption", post.message());
            return api.post(api.pageId() + "/photos", form);
        }
        form.put("message", post.message());
        form.put("link", post.link());
        return api.post(api.pageId() + "/feed", form);
    }

    /** Code 506: Facebook holds the same post already; it is looked for, never reworded and sent again. */
    private ChannelOutcome.OfPublish duplicate(GraphApi api, PostFinder finder, FacebookPost post) {
        Optional<PostFinder.Found> found = finder.find(post);
        if (found.isPresent()) {
            return new ChannelOutcome.AlreadyExists(found.get().id(), permalink(api, found.get()));
        }
        throw new FailedCall(new ChannelOutcome.NeedsAttention(
                "Facebook báo bài này trùng với một bài đã đăng (mã lỗi 506) nhưng không tìm thấy bài đó trong "
                        + settings.lookupLimit() + " bài gần nhất. Kiểm tra Trang trước khi đăng lại.",
                "Facebook says the post duplicates one already posted (code 506), but it is not among the "
                        + settings.lookupLimit() + " latest posts. Check the Page before posting again."));
    }

    /** The post id of a create answer: {@code post_id} for a photo, {@code id} for a feed post. */
    private static String postId(JsonNode created) {
        String id = created.path("post_id").asString(created.path("id").asString(""));
        if (id.isEmpty()) {
            throw new TransientFailure(
                    "Facebook trả lời thiếu mã bài viết", "Facebook answered the create without a post id");
        }
        return id;
    }

    /** The permalink Facebook gives for the post, else a URL built from its id. */
    private String permalink(GraphApi api, PostFinder.Found post) {
        if (!post.permalink().isEmpty()) {
            return post.permalink();
        }
        try {
            String url = api.ok(api.get(post.id(), Map.of("fields", "permalink_url")), "read a permalink")
                    .path("permalink_url")
                    .asString("");
            if (!url.isEmpty()) {
                return url;
            }
        } catch (FailedCall | TransientFailure e) {
            log.info("Facebook post {} created; its permalink could not be read ({})", post.id(), e.getMessage());
        }
        return "https://www.facebook.com/" + post.id();
    }

    @Override
    public void close() {
        connection.close();
    }
}
