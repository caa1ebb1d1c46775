package vn.cchc.publisher.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.cchc.publisher.TestDatabases;
import vn.cchc.publisher.audit.ActivityKind;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.LedgerCheck;
import vn.cchc.publisher.audit.NewOfflineActivity;
import vn.cchc.publisher.audit.OfflineActivity;

/** Offline activities are kept with their attachment and written to the ledger. */
class OfflineActivitiesTest {

    static final Instant NOW = Instant.parse("2026-03-20T03:00:00Z");

    @TempDir
    Path attachments;

    @TempDir
    Path files;

    private JdbcAuditLedger ledger;
    private JdbcOfflineActivities activities;

    @BeforeEach
    void setUp() {
        DataSource dataSource = TestDatabases.migratedH2();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        ledger = new JdbcAuditLedger(jdbc, transactions);
        activities = new JdbcOfflineActivities(
                jdbc,
                ledger,
                transactions,
                new AuditProperties(attachments),
                Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private static NewOfflineActivity conference(LocalDate date, Path attachment) {
        return new NewOfflineActivity(
                "ttyt-mau",
                date,
                "T2",
                ActivityKind.CONFERENCE,
                "Hội nghị tuyên truyền CCHC cho 80 viên chức",
                attachment,
                "can.bo");
    }

    @Test
    void recordsTheActivityItsAttachmentAndItsLedgerRow() throws IOException {
        Path photo = files.resolve("Anh hoi nghi.JPG");
        Files.write(photo, new byte[] {1, 2, 3});

        OfflineActivity recorded = activities.record(conference(LocalDate.of(2026, 3, 15), photo));

        assertThat(recorded.id()).isEqualTo(1);
        assertThat(recorded.attachment())
                .isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81.jpg");
        assertThat(attachments.resolve(recorded.attachment())).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(activities.list("ttyt-mau", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .containsExactly(recorded);
        AuditEntry row = ledger.read(0, 10).get(0);
        assertThat(row.type()).isEqualTo("offline-activity");
        assertThat(row.subject()).isEqualTo("activity:1");
        assertThat(row.actor()).isEqualTo("can.bo");
        assertThat(row.details()).contains("\"kind\":\"conference\"").contains("\"date\":\"2026-03-15\"");
        assertThat(ledger.verify()).isInstanceOf(LedgerCheck.Intact.class);
    }

    @Test
    void listsOnlyTheUnitsActivitiesInTheRange() {
        activities.record(conference(LocalDate.of(2026, 3, 15), null));
        activities.record(conference(LocalDate.of(2026, 1, 10), null));

        assertThat(activities.list("ttyt-mau", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .extracting(OfflineActivity::date)
                .containsExactly(LocalDate.of(2026, 3, 15));
        assertThat(activities.list("ttyt-khac", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEmpty();
    }

    @Test
    void refusesADateInTheFutureABlankDescriptionAndAMissingFile() {
        assertThatThrownBy(() -> activities.record(conference(LocalDate.of(2026, 3, 21), null)))
                .hasMessage("date: 2026-03-21 is in the future (today is 2026-03-20)");
        assertThatThrownBy(() -> activities.record(new NewOfflineActivity(
                        "ttyt-mau", LocalDate.of(2026, 3, 1), "T2", ActivityKind.POSTER, "  ", null, "can.bo")))
                .hasMessage("description: must not be blank");
        assertThatThrownBy(() -> activities.record(conference(LocalDate.of(2026, 3, 1), files.resolve("khong-co.pdf"))))
                .hasMessageStartingWith("attachment: no such file");
        assertThat(ledger.read(0, 10)).isEmpty();
    }
}
