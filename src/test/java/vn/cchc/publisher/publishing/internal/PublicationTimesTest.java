package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.shared.Channel;

/** Times keep to the database's microseconds: what is planned for "now" is due "now". */
class PublicationTimesTest {

    private final Harness harness = new Harness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aPublicationPlannedNowWithNanosecondsIsDueNow() {
        // the system clock gives nanoseconds; the database keeps microseconds and would round .999999 up
        Instant now = Instant.parse("2026-11-30T05:06:00.028307895Z");
        harness.store.insert(new PublicationStore.NewPublication(
                "u",
                "articles/a.md",
                Channel.WEBSITE,
                "a",
                "h",
                now,
                PublicationStatus.APPROVED,
                false,
                "system",
                now));

        assertThat(harness.store.due(now, 10)).hasSize(1);
    }
}
