package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.publishing.PassResult;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.shared.Channel;

/** Two instances on one database, passing at the same moment: each publication is claimed once. */
class TwoInstancesTest {

    private static final int COUNT = 300;

    @Test
    void twoEnginesNeverTakeTheSamePublication() {
        try (Harness h = new Harness()) {
            h.approvalRequired = false;
            for (int i = 0; i < COUNT; i++) {
                h.article("bai-" + i, "x");
            }
            for (int i = 0; i < COUNT; i++) {
                h.approvals().queue(null, "articles/bai-" + i + ".md", Set.of(Channel.WEBSITE), Harness.T0, "o");
            }
            FakeChannel site = new FakeChannel();
            PublishingProperties properties = PublishingProperties.defaults();
            DefaultPublishingEngine first = h.engine(List.of(site), properties, 1);
            DefaultPublishingEngine second = h.engine(List.of(site), properties, 2);

            CompletableFuture<PassResult> a = CompletableFuture.supplyAsync(() -> first.publishDue(Harness.T0, false));
            CompletableFuture<PassResult> b = CompletableFuture.supplyAsync(() -> second.publishDue(Harness.T0, false));

            assertThat(a.join().published() + b.join().published()).isEqualTo(COUNT);
            assertThat(site.calls).hasSize(COUNT).doesNotHaveDuplicates();
            assertThat(site.creates.values())
                    .allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            assertThat(h.store.list(null)).extracting(PublicationView::state).containsOnly(PublicationStatus.PUBLISHED);
            for (PublicationView p : h.store.list(null)) {
                assertThat(h.store.attempts(p.id())).hasSize(1);
            }
        }
    }
}
