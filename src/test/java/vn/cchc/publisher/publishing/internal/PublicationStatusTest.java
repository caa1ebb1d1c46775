package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.publisher.publishing.PublicationStatus.APPROVED;
import static vn.cchc.publisher.publishing.PublicationStatus.CANCELLED;
import static vn.cchc.publisher.publishing.PublicationStatus.NEEDS_ATTENTION;
import static vn.cchc.publisher.publishing.PublicationStatus.PUBLISHED;
import static vn.cchc.publisher.publishing.PublicationStatus.PUBLISHING;
import static vn.cchc.publisher.publishing.PublicationStatus.QUEUED;
import static vn.cchc.publisher.publishing.PublicationStatus.REJECTED;
import static vn.cchc.publisher.publishing.PublicationStatus.RETRYING;
import static vn.cchc.publisher.publishing.PublicationStatus.VERIFIED;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.shared.Channel;

class PublicationStatusTest {

    @Test
    void allowsTheMovesOfTheLifecycle() {
        assertThat(QUEUED.canMoveTo(APPROVED)).isTrue();
        assertThat(APPROVED.canMoveTo(PUBLISHING)).isTrue();
        assertThat(PUBLISHING.canMoveTo(PUBLISHED)).isTrue();
        assertThat(PUBLISHED.canMoveTo(VERIFIED)).isTrue();
        assertThat(PUBLISHED.canMoveTo(NEEDS_ATTENTION))
                .as("a failed verification")
                .isTrue();
        assertThat(PUBLISHING.canMoveTo(RETRYING)).isTrue();
        assertThat(RETRYING.canMoveTo(PUBLISHING)).isTrue();
        assertThat(PUBLISHING.canMoveTo(NEEDS_ATTENTION)).isTrue();
        assertThat(NEEDS_ATTENTION.canMoveTo(APPROVED)).isTrue();
        assertThat(QUEUED.canMoveTo(REJECTED)).isTrue();
        assertThat(REJECTED.canMoveTo(QUEUED)).isTrue();
        assertThat(PUBLISHED.canMoveTo(QUEUED)).isTrue();
        assertThat(VERIFIED.canMoveTo(NEEDS_ATTENTION))
                .as("re-verification found the post gone or changed")
                .isTrue();
        assertThat(NEEDS_ATTENTION.canMoveTo(VERIFIED))
                .as("a flagged post passes again")
                .isTrue();
    }

    @Test
    void refusesShortcutsPastApprovalAndOutOfTheEnd() {
        assertThat(QUEUED.canMoveTo(PUBLISHING)).isFalse();
        assertThat(QUEUED.canMoveTo(PUBLISHED)).isFalse();
        assertThat(REJECTED.canMoveTo(APPROVED)).isFalse();
        assertThat(CANCELLED.canMoveTo(PUBLISHING)).isFalse();
        assertThat(PUBLISHED.canMoveTo(PUBLISHING)).isFalse();
        assertThat(PUBLISHED.canMoveTo(CANCELLED)).isFalse();
        assertThat(VERIFIED.canMoveTo(RETRYING)).isFalse();
        for (PublicationStatus state : PublicationStatus.values()) {
            assertThat(state.canMoveTo(state)).as(state.id()).isFalse();
        }
    }

    @Test
    void everyStateHasAnIdAndALabel() {
        for (PublicationStatus state : PublicationStatus.values()) {
            assertThat(PublicationStatus.byId(state.id())).contains(state);
            assertThat(state.label()).isNotBlank();
        }
    }

    @Test
    void theStoreRefusesAMoveTheMachineForbids() {
        try (Harness h = new Harness()) {
            long id = h.approvals()
                    .queue(null, h.article("a", "x").file(), java.util.Set.of(Channel.WEBSITE), Harness.T0, "officer")
                    .get(0)
                    .id();
            assertThatThrownBy(() -> h.store.move(id, QUEUED, PUBLISHED, Harness.T0, Map.of(), null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no move from queued to published");
            assertThat(h.store.find(id)).map(PublicationView::state).contains(QUEUED);
        }
    }

    @Test
    void theStoreMovesOnlyFromTheStateTheCallerSaw() {
        try (Harness h = new Harness()) {
            long id = h.approvals()
                    .queue(null, h.article("a", "x").file(), java.util.Set.of(Channel.WEBSITE), Harness.T0, "officer")
                    .get(0)
                    .id();
            assertThat(h.store.move(id, APPROVED, CANCELLED, Harness.T0, Map.of(), null))
                    .isFalse();
            assertThat(h.store.move(id, QUEUED, CANCELLED, Harness.T0, Map.of(), null))
                    .isTrue();
        }
    }
}
