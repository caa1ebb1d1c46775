package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.content.FacebookPost;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.shared.Channel;

/** Facebook posts link to the website post, so they go after it; recovery that cannot ask retries. */
class ChannelOrderTest {

    /** A Page that records the links it was asked to post, and whether the website post existed then. */
    static final class FakePage implements ChannelAdapter<FacebookPost> {
        final List<String> links = new CopyOnWriteArrayList<>();
        final FakeChannel website;
        final List<Boolean> websiteWasThere = new CopyOnWriteArrayList<>();
        volatile ChannelOutcome.OfLookup lookup = new ChannelOutcome.NotFound();

        FakePage(FakeChannel website) {
            this.website = website;
        }

        @Override
        public Channel channel() {
            return Channel.FACEBOOK;
        }

        @Override
        public String name() {
            return "fake-page";
        }

        @Override
        public Class<FacebookPost> renditionType() {
            return FacebookPost.class;
        }

        @Override
        public ChannelStatus status() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfPublish publish(PublishRequest<FacebookPost> request) {
            links.add(request.rendition().link());
            websiteWasThere.add(website.posts.containsKey(request.article().slug()));
            return new ChannelOutcome.Published("fb-" + request.article().slug(), "https://facebook.com/x");
        }

        @Override
        public ChannelOutcome.OfLookup findExisting(PublishRequest<FacebookPost> request) {
            return lookup;
        }

        @Override
        public ChannelOutcome.OfReadBack readBack(String remoteId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<FacebookPost> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void theFacebookPostGoesAfterTheWebsitePostAndLinksToIt() {
        try (Harness h = new Harness()) {
            h.approvalRequired = false;
            for (int i = 0; i < 20; i++) {
                h.article("bai-" + i, "x");
                h.approvals()
                        .queue(
                                null,
                                "articles/bai-" + i + ".md",
                                Set.of(Channel.WEBSITE, Channel.FACEBOOK),
                                Harness.T0,
                                "o");
            }
            FakeChannel website = new FakeChannel();
            FakePage page = new FakePage(website);

            h.engine(List.of(website, page), PublishingProperties.defaults(), 1).publishDue(Harness.T0, false);

            assertThat(page.websiteWasThere).hasSize(20).containsOnly(true);
            assertThat(page.links).contains("https://ttyt.example.vn/tin-bai/bai-3/");
        }
    }

    @Test
    void recoveryThatCannotAskTheChannelRetriesLater() {
        try (Harness h = new Harness()) {
            h.approvalRequired = false;
            PublicationView p = h.approvals()
                    .queue(null, h.article("a", "x").file(), Set.of(Channel.FACEBOOK), Harness.T0, "o")
                    .get(0);
            assertThat(h.store.claim(p.id(), "dead", Harness.T0)).isTrue();
            FakePage page = new FakePage(new FakeChannel());
            page.lookup = FakeChannel.retryLater(Harness.T0.plus(Duration.ofHours(1)));

            assertThat(h.engine(List.of(page), PublishingProperties.defaults(), 1)
                            .recover(Harness.T0.plus(Duration.ofMinutes(11))))
                    .isEqualTo(1);

            PublicationView after = h.store.find(p.id()).orElseThrow();
            assertThat(after.state()).isEqualTo(PublicationStatus.RETRYING);
            assertThat(after.nextAttemptAt()).isAfterOrEqualTo(Harness.T0.plus(Duration.ofHours(1)));
            assertThat(page.links).isEmpty();
        }
    }
}
