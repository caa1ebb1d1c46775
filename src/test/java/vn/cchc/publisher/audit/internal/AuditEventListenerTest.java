package vn.cchc.publisher.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.AuditQuery;
import vn.cchc.publisher.audit.AuditRecord;
import vn.cchc.publisher.audit.LedgerCheck;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.verification.VerificationEvents;

/** Every publishing and verification event becomes one ledger row with its actor, subject and facts. */
class AuditEventListenerTest {

    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    private final List<AuditRecord> appended = new ArrayList<>();
    private final AuditEventListener listener = new AuditEventListener(new AuditLedger() {
        @Override
        public AuditEntry append(AuditRecord record) {
            appended.add(record);
            return new AuditEntry(appended.size(), record.at(), "", "", "", "", "", "", "");
        }

        @Override
        public LedgerCheck verify() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> read(long afterSeq, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditQuery.Page search(AuditQuery query) {
            throw new UnsupportedOperationException();
        }
    });

    private AuditRecord record(Object event) {
        listener.on(event);
        return appended.get(appended.size() - 1);
    }

    private static String json(AuditRecord record) {
        return CanonicalJson.write(record.details());
    }

    @Test
    void recordsEachPublishingEventWithItsTypeSubjectAndActor() {
        List<Object> events = List.of(
                new PublishingEvents.Queued(1, "u", "articles/a.md", "h", Channel.WEBSITE, AT, "can.bo", AT),
                new PublishingEvents.ApprovalRequested(1, "u", "Tiêu đề", Channel.WEBSITE, "can.bo", AT),
                new PublishingEvents.Decided(1, "u", "h", true, null, "lanh.dao", AT),
                new PublishingEvents.Decided(2, "u", "h", false, "Sửa lại", "lanh.dao", AT),
                new PublishingEvents.AttemptStarted(1, "u", Channel.WEBSITE, 1, AT),
                new PublishingEvents.Published(
                        1, "u", "articles/a.md", "h", Channel.WEBSITE, "42", "https://x/", false, AT),
                new PublishingEvents.Published(
                        1, "u", "articles/a.md", "h2", Channel.WEBSITE, "42", "https://x/", true, AT),
                new PublishingEvents.RetryScheduled(3, "u", Channel.ZALO, "HTTP 503", AT.plusSeconds(60), AT),
                new PublishingEvents.NeedsAttention(4, "u", "Tiêu đề", Channel.FACEBOOK, "Hết hạn", "expired", AT),
                new PublishingEvents.Withdrawn(5, "u", Channel.FACEBOOK, true, "can.bo", AT),
                new PublishingEvents.Withdrawn(6, "u", Channel.ZALO, false, "can.bo", AT),
                new PublishingEvents.GapRecorded("2026-T1-03", "u", "Tin bài CCHC", LocalDate.of(2026, 3, 31), AT));

        events.forEach(listener::on);

        assertThat(appended)
                .extracting(AuditRecord::type)
                .containsExactly(
                        "queued",
                        "approval-requested",
                        "approved",
                        "rejected",
                        "attempt-started",
                        "published",
                        "updated",
                        "retry-scheduled",
                        "needs-attention",
                        "unpublished",
                        "cancelled",
                        "gap-recorded");
        assertThat(appended)
                .extracting(AuditRecord::actor)
                .containsExactly(
                        "can.bo",
                        "can.bo",
                        "lanh.dao",
                        "lanh.dao",
                        "system",
                        "system",
                        "system",
                        "system",
                        "system",
                        "can.bo",
                        "can.bo",
                        "system");
        assertThat(appended.get(11).subject()).isEqualTo("slot:2026-T1-03");
        assertThat(appended.get(0).subject()).isEqualTo("publication:1");
    }

    @Test
    void keepsTheFactsAReportNeeds() {
        assertThat(json(record(new PublishingEvents.Published(
                        7, "u", "articles/a.md", "abc", Channel.WEBSITE, "42", "https://x/bai/", false, AT))))
                .isEqualTo("{\"channel\":\"website\",\"contentFile\":\"articles/a.md\",\"contentHash\":\"abc\","
                        + "\"remoteId\":\"42\",\"url\":\"https://x/bai/\"}");
        assertThat(json(record(new PublishingEvents.Decided(2, "u", "h", false, "Sửa \"tiêu đề\"", "lanh.dao", AT))))
                .isEqualTo("{\"comment\":\"Sửa \\\"tiêu đề\\\"\",\"contentHash\":\"h\"}");
    }

    @Test
    void recordsVerificationsByPublicationOrByUrl() {
        AuditRecord verified = record(new VerificationEvents.Verified(7L, "u", "page", "https://x/", "ab", AT));
        AuditRecord failed = record(new VerificationEvents.VerificationFailed(
                null, "u", "page", "https://x/", List.of("status: 404"), List.of("status: HTTP 404"), null, AT));

        assertThat(verified.type()).isEqualTo("verified");
        assertThat(verified.subject()).isEqualTo("publication:7");
        assertThat(failed.type()).isEqualTo("verification-failed");
        assertThat(failed.subject()).isEqualTo("url:https://x/");
        assertThat(json(failed))
                .isEqualTo("{\"kind\":\"page\",\"reasonsEn\":[\"status: HTTP 404\"],\"reasonsVi\":[\"status: 404\"],"
                        + "\"sha256\":null,\"url\":\"https://x/\"}");
    }

    @Test
    void ignoresOtherObjects() {
        listener.on("not an event");

        assertThat(appended).isEmpty();
    }
}
