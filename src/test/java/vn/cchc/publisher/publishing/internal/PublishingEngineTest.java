package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.publishing.PassResult;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;

class PublishingEngineTest {

    private final Harness h = new Harness();
    private final FakeChannel site = new FakeChannel();
    private final DefaultPublishingEngine engine = h.engine(site);

    @AfterEach
    void close() {
        h.close();
    }

    private PublicationView approved(String name, Instant at) {
        h.approvalRequired = false;
        return h.approvals()
                .queue(null, h.article(name, "Nội dung " + name).file(), Set.of(Channel.WEBSITE), at, "officer")
                .get(0);
    }

    @Test
    void publishesWhatIsApprovedAndDueOnce() {
        PublicationView p = approved("a", Harness.T0);

        PassResult first = engine.publishDue(Harness.T0, false);
        PassResult second = engine.publishDue(Harness.T0.plusSeconds(60), false);

        assertThat(first.published()).isEqualTo(1);
        assertThat(second.published()).isZero();
        PublicationView after = h.store.find(p.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(after.remoteId()).isEqualTo(site.posts.get("a"));
        assertThat(after.url()).isEqualTo("https://ttyt.example.vn/tin-bai/a/");
        assertThat(site.creates.get("a").get()).isEqualTo(1);
        assertThat(h.events(PublishingEvents.Published.class))
                .singleElement()
                .extracting(PublishingEvents.Published::update)
                .isEqualTo(false);
    }

    @Test
    void waitsForThePlannedTimeAndForApproval() {
        approved("later", Harness.T0.plusSeconds(3600));
        h.approvalRequired = true;
        h.approvals().queue(null, h.article("waiting", "x").file(), Set.of(Channel.WEBSITE), Harness.T0, "officer");

        assertThat(engine.publishDue(Harness.T0, false).lines()).isEmpty();
        assertThat(site.calls).isEmpty();
    }

    @Test
    void theAttemptIsRecordedBeforeTheCall() {
        PublicationView p = approved("a", Harness.T0);
        AtomicReference<List<PublicationStore.Attempt>> seen = new AtomicReference<>();
        site.onCall = () -> seen.set(h.store.attempts(p.id()));

        engine.publishDue(Harness.T0, false);

        assertThat(seen.get()).singleElement().satisfies(a -> {
            assertThat(a.operation()).isEqualTo("create");
            assertThat(a.outcome()).isNull();
        });
        assertThat(h.store.attempts(p.id()))
                .singleElement()
                .extracting(PublicationStore.Attempt::outcome)
                .isEqualTo("published");
    }

    @Test
    void transientFailureIsRetriedAfterTheChannelsEarliestTime() {
        PublicationView p = approved("a", Harness.T0);
        Instant earliest = Harness.T0.plus(Duration.ofMinutes(30));
        site.beforeCreate = slug -> FakeChannel.retryLater(earliest);

        PassResult result = engine.publishDue(Harness.T0, false);

        assertThat(result.retrying()).isEqualTo(1);
        PublicationView after = h.store.find(p.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(PublicationStatus.RETRYING);
        assertThat(after.nextAttemptAt()).isAfterOrEqualTo(earliest);
        assertThat(after.lastErrorVi()).isEqualTo("Máy chủ bận");

        site.beforeCreate = slug -> null;
        assertThat(engine.publishDue(earliest.minusSeconds(1), false).published())
                .isZero();
        assertThat(engine.publishDue(after.nextAttemptAt(), false).published()).isEqualTo(1);
    }

    @Test
    void permanentFailureWaitsForTheOfficerWithItsReason() {
        PublicationView p = approved("a", Harness.T0);
        site.beforeCreate = slug -> new ChannelOutcome.NeedsAttention("Mã truy cập sai", "Bad token");

        engine.publishDue(Harness.T0, false);

        PublicationView after = h.store.find(p.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(PublicationStatus.NEEDS_ATTENTION);
        assertThat(after.lastErrorVi()).isEqualTo("Mã truy cập sai");
        assertThat(h.events(PublishingEvents.NeedsAttention.class)).hasSize(1);

        site.beforeCreate = slug -> null;
        h.approvals().retry(p.id(), "officer");
        assertThat(engine.publishDue(Harness.T0.plusSeconds(60), false).published())
                .isEqualTo(1);
    }

    @Test
    void anAnswerLostAfterTheCreateIsFoundNotSentTwice() {
        PublicationView p = approved("a", Harness.T0);
        site.afterCreate = slug -> FakeChannel.retryLater(Harness.T0);

        engine.publishDue(Harness.T0, false);
        site.afterCreate = slug -> null;
        engine.publishDue(Harness.T0.plus(Duration.ofHours(1)), false);

        assertThat(h.store.find(p.id()).orElseThrow().state()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(site.creates.get("a").get()).isEqualTo(1);
    }

    @Test
    void changedContentAfterPublishingUpdatesTheSamePost() {
        PublicationView p = approved("a", Harness.T0);
        engine.publishDue(Harness.T0, false);
        String remoteId = site.posts.get("a");

        h.article("a", "Nội dung mới");
        PassResult result = engine.publishDue(Harness.T0.plusSeconds(60), false);

        assertThat(result.published()).isEqualTo(1);
        assertThat(site.updates).singleElement().asString().startsWith(remoteId + " <p>Nội dung mới");
        assertThat(site.creates.get("a").get()).isEqualTo(1);
        PublicationView after = h.store.find(p.id()).orElseThrow();
        assertThat(after.remoteId()).isEqualTo(remoteId);
        assertThat(h.events(PublishingEvents.Published.class))
                .extracting(PublishingEvents.Published::update)
                .containsExactly(false, true);
    }

    @Test
    void dryRunSaysWhatWouldGoWhereAndSendsNothing() {
        PublicationView p = approved("a", Harness.T0);

        PassResult result = engine.publishDue(Harness.T0, true);

        assertThat(result.lines())
                .singleElement()
                .asString()
                .contains("articles/a.md")
                .contains("website")
                .contains("fake");
        assertThat(site.calls).isEmpty();
        assertThat(h.store.find(p.id()).orElseThrow().state()).isEqualTo(PublicationStatus.APPROVED);
    }

    @Test
    void aChannelWithoutAdapterNeedsAttention() {
        h.approvalRequired = false;
        PublicationView p = h.approvals()
                .queue(null, h.article("a", "x").file(), Set.of(Channel.ZALO), Harness.T0, "officer")
                .get(0);

        engine.publishDue(Harness.T0, false);

        assertThat(h.store.find(p.id()).orElseThrow().lastErrorVi()).contains("chưa được cấu hình");
    }

    @Test
    void theCalendarSeesHowFarAnItemGot() {
        QueueProgress progress = new QueueProgress(h.store);
        PublicationView p = approved("a", Harness.T0);
        assertThat(progress.furthest(h.articles.get(0)))
                .get()
                .extracting(x -> x.state().name())
                .isEqualTo("QUEUED");

        engine.publishDue(Harness.T0, false);
        assertThat(progress.furthest(h.articles.get(0)))
                .get()
                .extracting(x -> x.state().name())
                .isEqualTo("PUBLISHED");

        h.approvals().markVerified(p.id(), Harness.T0);
        assertThat(progress.furthest(h.articles.get(0)))
                .get()
                .extracting(x -> x.state().name())
                .isEqualTo("VERIFIED");
    }
}
