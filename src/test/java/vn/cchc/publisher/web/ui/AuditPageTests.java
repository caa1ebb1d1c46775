package vn.cchc.publisher.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.AuditRecord;

/** {@code /audit}: the ledger's rows, filtered and paged, and the integrity check finding a tampered row. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(UiFixtures.TwentiethOfMarch.class)
@WithMockUser(username = "kiemtoan", roles = "AUDITOR")
class AuditPageTests {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void plans(DynamicPropertyRegistry registry) throws IOException {
        UiFixtures.twoUnits(dir, registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditLedger ledger;

    @Autowired
    JdbcClient jdbc;

    /** 55 attempts in February, then four rows of different kinds in March: 59 rows. */
    @BeforeEach
    void fixture() {
        if (!ledger.read(0, 1).isEmpty()) {
            return;
        }
        for (int i = 1; i <= 55; i++) {
            append(
                    "2026-02-01T01:00:00Z",
                    "system",
                    "attempt-started",
                    "publication:" + i,
                    facts("channel", "zalo", "attempt", 1));
        }
        append(
                "2026-03-01T02:00:00Z",
                "canbo",
                "queued",
                "publication:100",
                facts("channel", "facebook", "contentFile", "content/articles/mot-cua.md"));
        append(
                "2026-03-02T03:30:00Z",
                "system",
                "published",
                "publication:101",
                facts("channel", "website", "url", "https://ttyt.example.gov.vn/tin/mot-cua"));
        append(
                "2026-03-10T08:00:00Z",
                "canbo",
                "offline-activity",
                "activity:1",
                facts("date", "2026-03-10", "target", "hoi-nghi", "kind", "conference", "description", "Hội nghị"));
        append(
                "2026-03-15T00:00:00Z",
                "system",
                "gap-recorded",
                "slot:ttyt-mau-2026/web-monthly/2026-03",
                facts("task", "Đưa tin", "due", "2026-03-31"));
    }

    private void append(String at, String actor, String type, String subject, Map<String, Object> details) {
        ledger.append(new AuditRecord(Instant.parse(at), "ttyt-mau", actor, type, subject, details));
    }

    private static Map<String, Object> facts(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private Document page(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return UiFixtures.html(result);
    }

    private static List<String> column(Document page, int index) {
        return page.select("table.audit tbody tr[data-seq]").stream()
                .map(row -> row.child(index).text())
                .toList();
    }

    @Test
    void showsTheNewestFiftyRowsReadably() {
        Document page = page("/audit");

        assertThat(column(page, 0)).hasSize(50).startsWith("59", "58", "57", "56", "55");
        Element published = page.selectFirst("tr[data-seq=57]");
        assertThat(published.child(1).text()).isEqualTo("02/03/2026 10:30");
        assertThat(published.child(2).text()).isEqualTo("Đã đăng");
        assertThat(published.child(3).text()).isEqualTo("hệ thống");
        assertThat(published.child(4).text()).isEqualTo("ttyt-mau");
        assertThat(published.child(5).text()).isEqualTo("publication:101");
        assertThat(published.select("dd").eachText()).contains("Trang thông tin điện tử");
        assertThat(published.selectFirst("dd a").attr("href")).isEqualTo("https://ttyt.example.gov.vn/tin/mot-cua");
        assertThat(page.selectFirst("tr[data-seq=56]").child(2).text()).isEqualTo("Đưa vào hàng đợi");
        assertThat(page.select("tr[data-seq=56] dd").eachText()).contains("Trang Facebook");
        assertThat(page.select("tr[data-seq=58] dd").eachText()).contains("10/03/2026", "Hội nghị, tọa đàm");
        assertThat(page.select(".count").text()).isEqualTo("59 dòng, trang 1/2");
    }

    @Test
    void theSecondPageHoldsTheOldestRows() {
        Document page = page("/audit?page=2");

        assertThat(column(page, 0)).containsExactly("9", "8", "7", "6", "5", "4", "3", "2", "1");
        assertThat(page.select(".pager a").eachText()).containsExactly("1");
    }

    @Test
    void filtersNarrowTheRows() {
        assertThat(column(page("/audit?type=queued"), 0)).containsExactly("56");
        assertThat(column(page("/audit?actor=canbo"), 0)).containsExactly("58", "56");
        assertThat(column(page("/audit?channel=website"), 0)).containsExactly("57");
        assertThat(column(page("/audit?target=hoi-nghi"), 0)).containsExactly("58");
        assertThat(column(page("/audit?target=web-monthly"), 0)).containsExactly("59");
        assertThat(column(page("/audit?from=2026-03-02&to=2026-03-10"), 0)).containsExactly("58", "57");
        assertThat(column(page("/audit?from=10/03/2026"), 0)).containsExactly("59", "58");
        assertThat(column(page("/audit?channel=zalo&to=2026-02-28"), 0)).hasSize(50);
    }

    @Test
    void aBadDateIsNamedBesideItsField() {
        Document page = page("/audit?from=31/02/2026");

        assertThat(page.select("label:has(input[name=from]) .field-error").text())
                .isEqualTo("Ngày \"31/02/2026\" không hợp lệ: ghi theo dạng dd/MM/yyyy.");
        assertThat(column(page, 0)).isEmpty();
    }

    @Test
    void theIntegrityCheckFindsTheEditedRow() {
        assertThat(page("/audit?check=1").select("#integrity-result").text())
                .startsWith("Sổ nhật ký toàn vẹn: 59 dòng.");

        jdbc.sql("UPDATE audit_ledger SET actor = 'ke-gian' WHERE seq = 57").update();
        try {
            Document page = page("/audit?check=1");

            assertThat(page.select("#integrity-result").text())
                    .isEqualTo("Dòng 57 của sổ nhật ký bị sửa: mã băm không khớp nội dung");
            assertThat(page.select("tr.broken").eachAttr("data-seq")).containsExactly("57");
        } finally {
            jdbc.sql("UPDATE audit_ledger SET actor = 'system' WHERE seq = 57").update();
        }
    }

    @Test
    @WithMockUser(username = "quantri", roles = "ADMIN")
    void anAdministratorReadsTheLedger() {
        assertThat(column(page("/audit?type=published"), 0)).containsExactly("57");
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void anOfficerMayNotReadTheLedger() {
        assertThat(mvc.get().uri("/audit").exchange()).hasStatus(403);
    }
}
