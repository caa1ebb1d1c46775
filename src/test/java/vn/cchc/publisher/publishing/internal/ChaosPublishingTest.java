package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.shared.Channel;

/**
 * 2,000 publications against a channel that fails at random: a 5xx before anything is created, a
 * timeout after the post was created (the answer is lost), a connection reset (the adapter throws), and a
 * permanent refusal now and then. Passes run until nothing is due: every publication ends published
 * exactly once, or waits in needs attention; none is lost, none doubled.
 */
class ChaosPublishingTest {

    private static final int COUNT = 2_000;

    @Test
    void everyPublicationEndsPublishedOnceOrNeedsAttention() {
        try (Harness h = new Harness()) {
            h.approvalRequired = false;
            ApprovalService approvals = h.approvals();
            for (int i = 0; i < COUNT; i++) {
                h.article("bai-" + i, "Nội dung " + i);
            }
            for (int i = 0; i < COUNT; i++) {
                approvals.queue(null, "articles/bai-" + i + ".md", Set.of(Channel.WEBSITE), Harness.T0, "officer");
            }
            Random random = new Random(42);
            AtomicInteger refusals = new AtomicInteger();
            FakeChannel site = new FakeChannel();
            site.onCall = () -> {
                if (chance(random, 0.05)) {
                    throw new IllegalStateException("connection reset");
                }
            };
            site.beforeCreate = slug -> {
                if (chance(random, 0.2)) {
                    return FakeChannel.retryLater(Instant.EPOCH);
                }
                if (chance(random, 0.01)) {
                    refusals.incrementAndGet();
                    return new ChannelOutcome.NeedsAttention("Nội dung bị từ chối", "Content refused");
                }
                return null;
            };
            site.afterCreate = slug -> chance(random, 0.15) ? FakeChannel.retryLater(Instant.EPOCH) : null;
            PublishingProperties properties = new PublishingProperties(
                    8,
                    4,
                    Duration.ofMinutes(10),
                    Duration.ofSeconds(10),
                    Duration.ofMinutes(10),
                    30,
                    false,
                    true,
                    "default",
                    200);
            DefaultPublishingEngine engine = h.engine(List.of(site), properties, 7);

            Instant now = Harness.T0;
            for (int pass = 0; pass < 100 && !nothingLeft(h.store); pass++) {
                engine.recover(now);
                engine.publishDue(now, false);
                now = now.plus(Duration.ofMinutes(15));
            }

            List<PublicationView> all = h.store.list(null);
            assertThat(all).hasSize(COUNT);
            Map<PublicationStatus, Long> states =
                    all.stream().collect(Collectors.groupingBy(PublicationView::state, Collectors.counting()));
            assertThat(states.keySet()).containsOnly(PublicationStatus.PUBLISHED, PublicationStatus.NEEDS_ATTENTION);
            assertThat(states.get(PublicationStatus.PUBLISHED)).isGreaterThan(COUNT * 9L / 10);
            assertThat(site.creates.values())
                    .allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            for (PublicationView p : all) {
                String slug = p.contentFile().replace("articles/", "").replace(".md", "");
                if (p.state() == PublicationStatus.PUBLISHED) {
                    assertThat(p.remoteId()).isEqualTo(site.posts.get(slug));
                } else {
                    assertThat(p.lastErrorVi()).isNotBlank();
                    assertThat(site.posts).doesNotContainKey(slug);
                }
            }
            assertThat(states.getOrDefault(PublicationStatus.NEEDS_ATTENTION, 0L))
                    .isEqualTo(refusals.get());
        }
    }

    private static boolean chance(Random random, double p) {
        synchronized (random) {
            return random.nextDouble() < p;
        }
    }

    private static boolean nothingLeft(PublicationStore store) {
        return store.inStates(
                        List.of(PublicationStatus.APPROVED, PublicationStatus.RETRYING, PublicationStatus.PUBLISHING))
                .isEmpty();
    }
}
