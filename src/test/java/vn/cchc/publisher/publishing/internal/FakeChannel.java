package vn.cchc.publisher.publishing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Channel;

/**
 * A website in memory that behaves like the real adapters: it looks for the post by slug before creating
 * it. {@link #beforeCreate} may fail the call before anything is created, {@link #afterCreate} after (the
 * answer is lost: the post exists but the caller hears a failure).
 */
class FakeChannel implements ChannelAdapter<WebsitePage> {

    final Map<String, String> posts = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> creates = new ConcurrentHashMap<>();
    final List<String> updates = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(100);
    volatile Function<String, ChannelOutcome.@Nullable Failure> beforeCreate = slug -> null;
    volatile Function<String, ChannelOutcome.@Nullable Failure> afterCreate = slug -> null;
    volatile Runnable onCall = () -> {};

    @Override
    public Channel channel() {
        return Channel.WEBSITE;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Class<WebsitePage> renditionType() {
        return WebsitePage.class;
    }

    @Override
    public ChannelStatus status() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChannelOutcome.OfPublish publish(PublishRequest<WebsitePage> request) {
        onCall.run();
        String slug = request.rendition().slug();
        calls.add("publish " + slug);
        String existing = posts.get(slug);
        if (existing != null) {
            return new ChannelOutcome.AlreadyExists(existing, url(slug));
        }
        ChannelOutcome.Failure before = beforeCreate.apply(slug);
        if (before != null) {
            return before;
        }
        String id = String.valueOf(ids.incrementAndGet());
        posts.put(slug, id);
        creates.computeIfAbsent(slug, s -> new AtomicInteger()).incrementAndGet();
        ChannelOutcome.Failure after = afterCreate.apply(slug);
        return after != null ? after : new ChannelOutcome.Published(id, url(slug));
    }

    @Override
    public ChannelOutcome.OfLookup findExisting(PublishRequest<WebsitePage> request) {
        String slug = request.rendition().slug();
        calls.add("find " + slug);
        String existing = posts.get(slug);
        return existing == null ? new ChannelOutcome.NotFound() : new ChannelOutcome.AlreadyExists(existing, url(slug));
    }

    @Override
    public ChannelOutcome.OfReadBack readBack(String remoteId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<WebsitePage> request) {
        calls.add("update " + remoteId);
        updates.add(remoteId + " " + request.rendition().html());
        return new ChannelOutcome.Published(remoteId, url(request.rendition().slug()));
    }

    @Override
    public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
        throw new UnsupportedOperationException();
    }

    static ChannelOutcome.RetryLater retryLater(Instant at) {
        return new ChannelOutcome.RetryLater(at, "Máy chủ bận", "Server busy");
    }

    private static String url(String slug) {
        return "https://ttyt.example.vn/tin-bai/" + slug + "/";
    }
}
