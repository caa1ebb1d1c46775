package vn.cchc.publisher.publishing.scheduling;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Channel;

/**
 * One website that several application instances publish to, each through its own adapter bean: the
 * posts are held by the site, shared, and every publish call and every created post is counted per slug.
 * Like the real adapters, it looks for the post before creating it.
 */
final class SharedWebsite {

    final Map<String, String> posts = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> publishCalls = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> creates = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** An adapter bean for one instance, talking to this site. */
    ChannelAdapter<WebsitePage> adapter() {
        return new ChannelAdapter<>() {
            @Override
            public Channel channel() {
                return Channel.WEBSITE;
            }

            @Override
            public String name() {
                return "shared test website";
            }

            @Override
            public Class<WebsitePage> renditionType() {
                return WebsitePage.class;
            }

            @Override
            public ChannelStatus status() {
                throw new UnsupportedOperationException("not needed by the test");
            }

            @Override
            public ChannelOutcome.OfPublish publish(PublishRequest<WebsitePage> request) {
                String slug = request.rendition().slug();
                publishCalls.computeIfAbsent(slug, s -> new AtomicInteger()).incrementAndGet();
                String[] created = {null};
                String id = posts.computeIfAbsent(slug, s -> {
                    created[0] = String.valueOf(ids.incrementAndGet());
                    creates.computeIfAbsent(s, c -> new AtomicInteger()).incrementAndGet();
                    return created[0];
                });
                return created[0] == null
                        ? new ChannelOutcome.AlreadyExists(id, url(slug))
                        : new ChannelOutcome.Published(id, url(slug));
            }

            @Override
            public ChannelOutcome.OfLookup findExisting(PublishRequest<WebsitePage> request) {
                String slug = request.rendition().slug();
                String id = posts.get(slug);
                return id == null ? new ChannelOutcome.NotFound() : new ChannelOutcome.AlreadyExists(id, url(slug));
            }

            @Override
            public ChannelOutcome.OfReadBack readBack(String remoteId) {
                throw new UnsupportedOperationException("not needed by the test");
            }

            @Override
            public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<WebsitePage> request) {
                throw new UnsupportedOperationException("not needed by the test");
            }

            @Override
            public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
                throw new UnsupportedOperationException("not needed by the test");
            }
        };
    }

    private static String url(String slug) {
        return "https://ttyt.example.vn/tin-bai/" + slug + "/";
    }
}
