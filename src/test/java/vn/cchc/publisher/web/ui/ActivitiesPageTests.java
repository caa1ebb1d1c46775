package vn.cchc.publisher.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.cchc.publisher.audit.ActivityKind;
import vn.cchc.publisher.audit.AuditEntry;
import vn.cchc.publisher.audit.AuditLedger;
import vn.cchc.publisher.audit.AuditQuery;
import vn.cchc.publisher.audit.NewOfflineActivity;
import vn.cchc.publisher.audit.OfflineActivities;
import vn.cchc.publisher.audit.OfflineActivity;

/** {@code /activities}: listing, recording with and without an attachment, field errors, the download. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(UiFixtures.TwentiethOfMarch.class)
@WithMockUser(username = "canbo", roles = "OFFICER")
class ActivitiesPageTests {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void plans(DynamicPropertyRegistry registry) throws IOException {
        UiFixtures.twoUnits(dir, registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OfflineActivities activities;

    @Autowired
    AuditLedger ledger;

    private MvcTestResult post(String date, String target, String kind, String description) {
        return mvc.post()
                .uri("/activities")
                .multipart()
                .param("date", date)
                .param("target", target)
                .param("kind", kind)
                .param("description", description)
                .with(csrf())
                .exchange();
    }

    private static OfflineActivity last(List<OfflineActivity> list) {
        assertThat(list).isNotEmpty();
        return list.get(list.size() - 1);
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return UiFixtures.html(result);
    }

    private static List<String> descriptions(Document page) {
        return page.select("table.activities tbody tr td:nth-child(5)").eachText();
    }

    @Test
    void recordsAnActivityWithoutAttachmentAsTheSignedInOfficer() {
        MvcTestResult result = post("2026-03-18", "ttyt-khac-2026/clip-sanh", "lobby-tv", "Phát clip thủ tục một cửa");

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/activities?unit=ttyt-khac&year=2026");
        OfflineActivity recorded =
                last(activities.list("ttyt-khac", LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 18)));
        assertThat(recorded.target()).isEqualTo("clip-sanh");
        assertThat(recorded.kind()).isEqualTo(ActivityKind.LOBBY_TV);
        assertThat(recorded.recordedBy()).isEqualTo("canbo");
        assertThat(recorded.attachment()).isNull();
        AuditEntry last = ledger.search(AuditQuery.ALL, 0, 1).entries().get(0);
        assertThat(last.subject()).isEqualTo("activity:" + recorded.id());
        assertThat(last.actor()).isEqualTo("canbo");

        Document page = page("/activities?unit=ttyt-khac&year=2026");
        assertThat(descriptions(page)).contains("Phát clip thủ tục một cửa");
        assertThat(page.select("table.activities tbody tr").text())
                .contains("18/03/2026", "Phát clip trên màn hình sảnh");
    }

    @Test
    void recordsAnActivityWithAnAttachmentThatSignedInUsersDownload() {
        byte[] photo = "ảnh hội nghị".getBytes(StandardCharsets.UTF_8);
        MvcTestResult result = mvc.post()
                .uri("/activities")
                .multipart()
                .file(new MockMultipartFile("attachment", "Hoi nghi.JPG", "image/jpeg", photo))
                .param("date", "20/03/2026")
                .param("target", "ttyt-mau-2026/hoi-nghi")
                .param("kind", "conference")
                .param("description", "Hội nghị tuyên truyền CCHC cho 80 viên chức")
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        OfflineActivity recorded =
                last(activities.list("ttyt-mau", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20)));
        assertThat(recorded.attachment()).endsWith(".jpg");

        Document page = page("/activities?unit=ttyt-mau&year=2026&target=hoi-nghi");
        String link = page.select("table.activities a").attr("href");
        assertThat(link).isEqualTo("/activities/" + recorded.id() + "/attachment");

        MvcTestResult download = mvc.get().uri(link).exchange();
        assertThat(download).hasStatusOk().hasContentType("image/jpeg");
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"hoat-dong-" + recorded.id() + ".jpg\"");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(photo);
    }

    @Test
    void theListIsFilteredByUnitYearAndTarget() {
        activities.record(new NewOfflineActivity(
                "ttyt-mau",
                LocalDate.of(2025, 11, 5),
                "hoi-nghi",
                ActivityKind.CONFERENCE,
                "Năm trước",
                null,
                "canbo"));
        activities.record(new NewOfflineActivity(
                "ttyt-mau", LocalDate.of(2026, 2, 5), "hoi-nghi", ActivityKind.CONFERENCE, "Tháng hai", null, "canbo"));
        activities.record(new NewOfflineActivity(
                "ttyt-mau", LocalDate.of(2026, 2, 6), "web-monthly", ActivityKind.POSTER, "Áp phích", null, "canbo"));

        assertThat(descriptions(page("/activities?unit=ttyt-mau&year=2026")))
                .contains("Tháng hai", "Áp phích")
                .doesNotContain("Năm trước");
        assertThat(descriptions(page("/activities?unit=ttyt-mau&year=2025"))).containsExactly("Năm trước");
        assertThat(descriptions(page("/activities?unit=ttyt-mau&year=2026&target=web-monthly")))
                .containsExactly("Áp phích");
        assertThat(descriptions(page("/activities?unit=ttyt-khac&year=2025"))).isEmpty();
    }

    @Test
    void aFutureDateAndAMissingDescriptionAreNamedBesideTheirFields() {
        MvcTestResult result = post("2026-03-21", "ttyt-mau-2026/hoi-nghi", "conference", "  ");

        assertThat(result).hasStatus(400);
        Document page = UiFixtures.html(result);
        assertThat(page.select("#error-date").text()).isEqualTo("Ngày 21/03/2026 ở tương lai (hôm nay là 20/03/2026).");
        assertThat(page.select("#error-description").text()).isEqualTo("Nhập mô tả hoạt động.");
        assertThat(page.select("#error-target")).isEmpty();
        // what was typed is kept
        assertThat(page.select("input[name=date]").val()).isEqualTo("2026-03-21");
        assertThat(page.select("select[name=target] option[selected]").val()).isEqualTo("ttyt-mau-2026/hoi-nghi");
        assertThat(activities.list("ttyt-mau", LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 21)))
                .isEmpty();
    }

    @Test
    void aTargetOutsideThePlansAndAnUnknownKindAreRefused() {
        Document page = UiFixtures.html(post("2026-03-01", "ttyt-mau-2026/khong-co", "picnic", "Dã ngoại"));

        assertThat(page.select("#error-target").text()).isEqualTo("Không có chỉ tiêu này trong kế hoạch.");
        assertThat(page.select("#error-kind").text()).isEqualTo("Chọn loại hoạt động.");
    }

    @Test
    void theFormOffersThePlansTargetsAndTheKindsInVietnamese() {
        Document page = page("/activities");

        assertThat(page.select("select[name=target] optgroup").eachAttr("label"))
                .containsExactlyInAnyOrder("Trung tâm Y tế huyện Mẫu – 2026", "Bệnh viện Đa khoa Khác – 2026");
        assertThat(page.select("select[name=target] option").eachAttr("value"))
                .contains("ttyt-mau-2026/hoi-nghi", "ttyt-khac-2026/pano");
        assertThat(page.select("select[name=kind] option").eachText())
                .containsExactly(
                        "Hội nghị, tọa đàm",
                        "Phát clip trên màn hình sảnh",
                        "Áp phích, pano, tờ rơi",
                        "Cuộc thi",
                        "Hoạt động khác");
        assertThat(page.select("form[enctype=multipart/form-data] input[name=_csrf]"))
                .hasSize(1);
    }

    @Test
    void anUnknownAttachmentIsNotFound() {
        assertThat(mvc.get().uri("/activities/999999/attachment").exchange()).hasStatus(404);
    }

    @Test
    @WithMockUser(username = "kiemtoan", roles = "AUDITOR")
    void onlyAnOfficerRecords() {
        assertThat(post("2026-03-18", "ttyt-mau-2026/hoi-nghi", "conference", "Hội nghị"))
                .hasStatus(403);
        assertThat(page("/activities").select("form[enctype=multipart/form-data]"))
                .isEmpty();
    }
}
