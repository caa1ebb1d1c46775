package vn.cchc.publisher.channel.zalo;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.Json;
import vn.cchc.publisher.channel.http.Outcomes;
import vn.cchc.publisher.channel.http.Pause;
import vn.cchc.publisher.channel.http.RetryLoop;
import vn.cchc.publisher.channel.http.TransientFailure;
import vn.cchc.publisher.content.ZaloArticle;
import vn.cchc.publisher.shared.Channel;

/**
 * Publishes articles to a Zalo Official Account. A create only returns a job token; the article id comes
 * from {@code verify}, polled while Zalo answers -214 (still processing). Each attempt first finishes a
 * job this adapter started earlier for the same article, then looks for the article by title in the OA's
 * latest articles, and only then creates it, so a create whose answer was lost is found, not repeated.
 * Job tokens are kept in memory: after a restart the title lookup is what finds such an article.
 */
final class ZaloAdapter implements ChannelAdapter<ZaloArticle>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ZaloAdapter.class);

    private final ChannelsProperties.Zalo settings;
    private final ZaloConnection connection;
    private final Clock clock;
    private final RetryLoop retry;
    private final Pause pause;
    private final Map<String, String> pendingJobs = new ConcurrentHashMap<>();

    ZaloAdapter(
            ChannelsProperties.Zalo settings, ZaloConnection connection, Clock clock, RetryLoop retry, Pause pause) {
        this.settings = settings;
        this.connection = connection;
        this.clock = clock;
        this.retry = retry;
        this.pause = pause;
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public String name() {
        return "zalo";
    }

    @Override
    public Class<ZaloArticle> renditionType() {
        return ZaloArticle.class;
    }

    @Override
    public ChannelStatus status() {
        return connection.status();
    }

    @Override
    public ChannelOutcome.OfPublish publish(PublishRequest<ZaloArticle> request) {
        String slug = request.article().slug();
        String what = "Zalo publish " + slug;
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    ZaloApi api = connection.open();
                    ArticleFinder finder = new ArticleFinder(api, settings.lookupLimit());
                    AtomicBoolean createSent = new AtomicBoolean();
                    return retry.run(what, attempt -> {
                        String job = pendingJobs.get(slug);
                        if (job != null) {
                            String id = verify(api, job);
                            pendingJobs.remove(slug);
                            return new ChannelOutcome.Published(id, link(api, finder, id));
                        }
                        Optional<ArticleFinder.Found> found =
                                finder.byTitle(request.rendition().title());
                        if (found.isPresent()) {
                            String id = found.get().id();
                            return createSent.get()
                                    ? new ChannelOutcome.Published(
                                            id, found.get().link())
                                    : new ChannelOutcome.AlreadyExists(
                                            id, found.get().link());
                        }
                        createSent.set(true);
                        ObjectNode body = Json.tree(request.rendition());
                        String token =
                                jobToken(api.ok(api.post("/v2.0/article/create", body, "create an article"), "create"));
                        pendingJobs.put(slug, token);
                        String id = verify(api, token);
                        pendingJobs.remove(slug);
                        log.info("{}: created article {}", what, id);
                        return new ChannelOutcome.Published(id, link(api, finder, id));
                    });
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfLookup findExisting(PublishRequest<ZaloArticle> request) {
        String what = "Zalo lookup " + request.article().slug();
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    ArticleFinder finder = new ArticleFinder(connection.open(), settings.lookupLimit());
                    return retry.run(
                            what,
                            attempt -> finder.byTitle(request.rendition().title())
                                    .<ChannelOutcome.OfLookup>map(
                                            found -> new ChannelOutcome.AlreadyExists(found.id(), found.link()))
                                    .orElseGet(ChannelOutcome.NotFound::new));
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfReadBack readBack(String remoteId) {
        String what = "Zalo read back " + remoteId;
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    ZaloApi api = connection.open();
                    return retry.run(what, attempt -> {
                        ZaloApi.ZaloReply reply =
                                api.get("/v2.0/article/getdetail", Map.of("id", remoteId), "read an article");
                        if (reply.error() == -201) {
                            return new ChannelOutcome.NotFound();
                        }
                        JsonNode data = api.ok(reply, "read an article");
                        return new ChannelOutcome.RemotePost(
                                remoteId,
                                link(data),
                                data.path("status").asString("show").equals("show"),
                                data.path("title").asString(""));
                    });
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<ZaloArticle> request) {
        String what = "Zalo update " + remoteId;
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    ZaloApi api = connection.open();
                    ArticleFinder finder = new ArticleFinder(api, settings.lookupLimit());
                    return retry.run(what, attempt -> {
                        ObjectNode body = Json.tree(request.rendition()).put("id", remoteId);
                        String token =
                                jobToken(api.ok(api.post("/v2.0/article/update", body, "update an article"), "update"));
                        String id = verify(api, token);
                        return new ChannelOutcome.Published(id, link(api, finder, id));
                    });
                },
                f -> f);
    }

    @Override
    public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
        String what = "Zalo unpublish " + remoteId;
        return Outcomes.guard(
                what,
                clock,
                () -> {
                    ZaloApi api = connection.open();
                    return retry.run(what, attempt -> {
                        ObjectNode body = Json.object().put("id", remoteId);
                        ZaloApi.ZaloReply reply = api.post("/v2.0/article/remove", body, "remove an article");
                        if (reply.error() != -201) {
                            api.ok(reply, "remove an article");
                        }
                        return new ChannelOutcome.Unpublished(remoteId);
                    });
                },
                f -> f);
    }

    /**
     * Polls {@code verify} until Zalo gives the article id ({@code data.id}; one client reads
     * {@code data.article_id}, so both are accepted). While Zalo answers -214 it waits; when the checks run
     * out the job stays pending and the call answers "retry later".
     */
    private String verify(ZaloApi api, String job) {
        ObjectNode body = Json.object().put("token", job);
        for (int check = 1; ; check++) {
            ZaloApi.ZaloReply reply = api.post("/v2.0/article/verify", body, "verify an article");
            if (reply.error() != -214) {
                JsonNode data = api.ok(reply, "verify an article");
                String id = data.path("id").asString(data.path("article_id").asString(""));
                if (id.isEmpty()) {
                    throw api.errors().unreadable("verify an article");
                }
                return id;
            }
            if (check >= settings.verifyAttempts()) {
                throw new FailedCall(new ChannelOutcome.RetryLater(
                        clock.instant().plus(settings.verifyInterval()),
                        "Zalo vẫn đang xử lý bài viết; sẽ kiểm tra lại sau.",
                        "Zalo is still processing the article; it will be checked again."));
            }
            pause.pause(settings.verifyInterval());
        }
    }

    private static String jobToken(JsonNode data) {
        String token = data.path("token").asString("");
        if (token.isEmpty()) {
            throw new TransientFailure("Zalo trả lời thiếu mã xử lý bài viết", "Zalo answered without a job token");
        }
        return token;
    }

    /** The article's public URL from its detail, else from the list; empty if Zalo gives none. */
    private String link(ZaloApi api, ArticleFinder finder, String id) {
        try {
            String link = link(api.ok(api.get("/v2.0/article/getdetail", Map.of("id", id), "read an article"), "read"));
            return link.isEmpty()
                    ? finder.byId(id).map(ArticleFinder.Found::link).orElse("")
                    : link;
        } catch (FailedCall | TransientFailure e) {
            log.info("Zalo article {} published; its link could not be read ({})", id, e.getMessage());
            return "";
        }
    }

    /** {@code link_view} as in the article list; the detail's field name is unconfirmed, so others too. */
    private static String link(JsonNode data) {
        for (String field : new String[] {"link_view", "link", "url"}) {
            String value = data.path(field).asString("");
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    @Override
    public void close() {
        connection.close();
    }
}
