package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.publishing.PublishingException;
import vn.cchc.publisher.shared.Channel;

class ApprovalsTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private PublicationView queued(String name) {
        return h.approvals()
                .queue(null, h.article(name, "Nội dung").file(), Set.of(Channel.WEBSITE), Harness.T0, "officer")
                .get(0);
    }

    @Test
    void queuedPublicationWaitsForTheApprover() {
        PublicationView p = queued("a");

        assertThat(p.state()).isEqualTo(PublicationStatus.QUEUED);
        assertThat(p.queuedBy()).isEqualTo("officer");
        assertThat(h.events(PublishingEvents.Queued.class)).hasSize(1);
        assertThat(h.events(PublishingEvents.ApprovalRequested.class))
                .singleElement()
                .extracting(PublishingEvents.ApprovalRequested::publicationId)
                .isEqualTo(p.id());
    }

    @Test
    void queuingTwiceQueuesOnce() {
        PublicationView first = queued("a");
        PublicationView second = queued("a");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(h.store.list(null)).hasSize(1);
    }

    @Test
    void approverApprovesWithACommentAndIsRecorded() {
        PublicationView p = queued("a");

        PublicationView approved = h.approvals().approve(p.id(), "leader", "Đồng ý");

        assertThat(approved.state()).isEqualTo(PublicationStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("leader");
        assertThat(approved.decisionComment()).isEqualTo("Đồng ý");
        assertThat(h.events(PublishingEvents.Decided.class)).singleElement().satisfies(d -> {
            assertThat(d.approved()).isTrue();
            assertThat(d.actor()).isEqualTo("leader");
            assertThat(d.contentHash()).isEqualTo(p.contentHash());
        });
    }

    @Test
    void approverMayNotApproveWhatTheyQueued() {
        PublicationView p = queued("a");

        assertThatThrownBy(() -> h.approvals().approve(p.id(), "officer", null))
                .isInstanceOf(PublishingException.class)
                .hasMessageContaining("Không được tự duyệt");
        assertThat(h.store.find(p.id()).orElseThrow().state()).isEqualTo(PublicationStatus.QUEUED);
    }

    @Test
    void selfApprovalWhenAllowed() {
        PublicationView p = queued("a");

        PublicationView approved =
                h.approvals(true, Clock.fixed(Harness.T0, ZoneOffset.UTC)).approve(p.id(), "officer", null);

        assertThat(approved.state()).isEqualTo(PublicationStatus.APPROVED);
    }

    @Test
    void rejectionNeedsACommentAndGoesBackToTheOfficer() {
        PublicationView p = queued("a");

        assertThatThrownBy(() -> h.approvals().reject(p.id(), "leader", " ")).isInstanceOf(PublishingException.class);
        PublicationView rejected = h.approvals().reject(p.id(), "leader", "Sửa lại số liệu");

        assertThat(rejected.state()).isEqualTo(PublicationStatus.REJECTED);
        assertThat(rejected.decisionComment()).isEqualTo("Sửa lại số liệu");
        assertThat(rejected.lastErrorVi()).isEqualTo("Sửa lại số liệu");
        assertThat(queued("a").state()).isEqualTo(PublicationStatus.QUEUED);
    }

    @Test
    void approvalIsWithdrawnWhenTheContentChanges() {
        PublicationView p = queued("a");
        h.approvals().approve(p.id(), "leader", null);
        h.events.clear();
        h.article("a", "Nội dung đã sửa");

        try (DefaultPublishingEngine engine = h.engine(new FakeChannel())) {
            engine.publishDue(Harness.T0.plusSeconds(60), false);
        }

        PublicationView after = h.store.find(p.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(PublicationStatus.QUEUED);
        assertThat(after.contentHash()).isNotEqualTo(p.contentHash());
        assertThat(after.lastErrorVi()).contains("Nội dung đã thay đổi sau khi duyệt");
        assertThat(h.events(PublishingEvents.ApprovalRequested.class)).hasSize(1);
        assertThat(h.events(PublishingEvents.Published.class)).isEmpty();
    }

    @Test
    void targetWithoutApprovalIsApprovedAtOnce() {
        h.approvalRequired = false;

        PublicationView p = queued("a");

        assertThat(p.state()).isEqualTo(PublicationStatus.APPROVED);
        assertThat(h.events(PublishingEvents.ApprovalRequested.class)).isEmpty();
    }

    @Test
    void cancelAndRetry() {
        PublicationView p = queued("a");

        assertThat(h.approvals().cancel(p.id(), "officer").state()).isEqualTo(PublicationStatus.CANCELLED);
        assertThatThrownBy(() -> h.approvals().retry(p.id(), "officer")).isInstanceOf(PublishingException.class);
        assertThat(h.approvals().list(PublicationStatus.CANCELLED))
                .extracting(PublicationView::id)
                .isEqualTo(List.of(p.id()));
    }

    @Test
    void draftsAndUnknownFilesAreRefused() {
        assertThatThrownBy(() ->
                        h.approvals().queue(null, "articles/khong-co.md", Set.of(Channel.WEBSITE), Harness.T0, "o"))
                .isInstanceOf(PublishingException.class)
                .hasMessageContaining("Không tìm thấy");
    }
}
