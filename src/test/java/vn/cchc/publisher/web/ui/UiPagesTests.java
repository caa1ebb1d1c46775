package vn.cchc.publisher.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.publishing.Approvals;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEngine;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

/**
 * The officer's pages in the running application (MockMvc, a fixed clock on 20/03/2026), over one plan,
 * one ready article, one draft and one broken file.
 */
@SpringBootTest(
        properties = {
            "spring.quartz.auto-startup=false",
            "cchc.site.publish-on-start=false",
            "cchc.channels.facebook.api-version=v19.0",
            "cchc.channels.facebook.token-expires-at=2026-03-30T00:00:00Z"
        })
@AutoConfigureMockMvc
@WithMockUser(username = "canbo", roles = "OFFICER")
class UiPagesTests {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock("2026-03-20T05:00:00Z");
        }
    }

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) throws IOException {
        Path plans = Files.createDirectories(dir.resolve("config"));
        Files.writeString(plans.resolve("plan-2026.yaml"), """
                unit:
                  name: "Trung tâm Y tế huyện Mẫu"
                  id: ttyt-mau
                plan_number: "01/KH-TTYT"
                year: 2026
                targets:
                  - id: web-monthly
                    task: "Đưa tin về công tác CCHC lên Trang thông tin điện tử"
                    owner: "Phòng Tổ chức - Hành chính"
                    channels: [website, facebook]
                    kind: article
                    frequency: "Hàng tháng"
                """);
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(articles.resolve("mot-cua.md"), """
                ---
                title: Một cửa tiếp nhận hồ sơ trực tuyến
                area: thu-tuc-hanh-chinh
                target: web-monthly
                channels: [website, facebook]
                publish_at: 2026-03-02T08:00
                summary: Người dân nộp hồ sơ qua Cổng dịch vụ công.
                status: ready
                ---
                Từ tháng 3, **bộ phận một cửa** nhận hồ sơ trực tuyến.
                """);
        Files.writeString(articles.resolve("loi.md"), """
                ---
                area: khong-co
                ---
                Bài thiếu tiêu đề.
                """);
        registry.add("cchc.plan.dir", plans::toString);
        registry.add("cchc.content.dir", () -> dir.resolve("content").toString());
        registry.add("cchc.data-dir", () -> dir.resolve("data").toString());
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SettableClock clock;

    @Autowired
    Approvals approvals;

    @Autowired
    PublishingEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyQueue() {
        clock.set("2026-03-20T05:00:00Z");
        jdbc.update("delete from publication_attempt");
        jdbc.update("delete from publication");
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private static Element card(Document page, String channel) {
        Element card = page.selectFirst(".card[data-channel=" + channel + "]");
        assertThat(card).as(channel + " card").isNotNull();
        return card;
    }

    @Test
    void theOverviewShowsThisMonthAndTheChannelHealth() {
        Document page = page("/");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Tổng quan tháng 3/2026");
        assertThat(page.select("#due tbody tr").text())
                .contains(
                        "Đưa tin về công tác CCHC", "tháng 3/2026", "31/03/2026", "Một cửa tiếp nhận hồ sơ trực tuyến");
        Element facebook = card(page, "facebook");
        assertThat(facebook.text())
                .contains("Chưa cấu hình", "FACEBOOK_PAGE_TOKEN")
                .contains("Mã truy cập hết hạn ngày 30/03/2026, còn 10 ngày.")
                .contains("Graph API v19.0", "ngừng hoạt động ngày 21/05/2026, còn 62 ngày.");
        assertThat(facebook.hasClass("warn")).isTrue();
        assertThat(card(page, "website").text()).contains("Hoạt động", "local-site");
        assertThat(page.select("#attention").text()).contains("Không có bài nào cần xử lý.");
    }

    @Test
    void theChannelsApiGivesTheSameFiguresAsJson() {
        MvcTestResult result = mvc.get().uri("/api/channels").exchange();

        assertThat(result).hasStatusOk();
        JsonNode root =
                JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
        JsonNode facebook = root.get("channels").get(1);
        assertThat(facebook.get("channel").asString()).isEqualTo("facebook");
        assertThat(facebook.get("state").asString()).isEqualTo("not_configured");
        assertThat(facebook.get("token").get("daysLeft").asLong()).isEqualTo(10);
        assertThat(facebook.get("token").get("warning").asBoolean()).isTrue();
        assertThat(facebook.get("graphVersion").get("retiresOn").asString()).isEqualTo("2026-05-21");
        assertThat(facebook.get("graphVersion").get("daysLeft").asLong()).isEqualTo(62);
        assertThat(facebook.get("graphVersion").get("warning").asBoolean()).isTrue();
        assertThat(root.toString()).doesNotContain("FACEBOOK_PAGE_TOKEN=");
    }

    @Test
    void aWebsiteArticleNotSharedOnFacebookIsListed() {
        PublicationView queued = approvals
                .queue(null, "articles/mot-cua.md", Set.of(Channel.WEBSITE), clock.instant(), "canbo")
                .get(0);
        approvals.approve(queued.id(), "lanhdao", null);
        engine.publishDue(Instant.parse("2026-03-20T06:00:00Z"), false);

        Document page = page("/");

        assertThat(page.select(".unshared li").text())
                .isEqualTo("Một cửa tiếp nhận hồ sơ trực tuyến — chưa có trên Trang Facebook");
        assertThat(page.select(".unshared a").attr("href"))
                .endsWith("/site/tin-bai/mot-cua-tiep-nhan-ho-so-truc-tuyen/");
        assertThat(page.select("#out li").text()).contains("Một cửa tiếp nhận hồ sơ trực tuyến", "Đã đăng");
    }

    @Test
    void theCalendarShowsEachSlotWithItsStateAndContent() {
        Document page = page("/calendar?year=2026&unit=ttyt-mau");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Lịch biên tập năm 2026");
        Element march = page.selectFirst("tr[data-slot=ttyt-mau-2026/web-monthly/2026-03]");
        assertThat(march).isNotNull();
        assertThat(march.text()).contains("tháng 3/2026", "01/03/2026 – 31/03/2026", "Sẵn sàng", "Một cửa");
        assertThat(march.selectFirst(".state").hasClass("state-ready")).isTrue();
        Element april = page.selectFirst("tr[data-slot=ttyt-mau-2026/web-monthly/2026-04]");
        assertThat(april.selectFirst(".state").text()).isEqualTo("Còn trống");
        assertThat(page.select("a.button-link").eachAttr("href"))
                .containsExactly("/calendar?year=2025&unit=ttyt-mau", "/calendar?year=2027&unit=ttyt-mau");
    }

    @Test
    void theContentPageListsArticlesAndProblemsByFileAndLine() {
        Document page = page("/content");

        assertThat(page.select("#articles tbody tr").text())
                .contains("Một cửa tiếp nhận hồ sơ trực tuyến", "Cải cách thủ tục hành chính", "Sẵn sàng")
                .contains("Trang thông tin điện tử", "Trang Facebook")
                .doesNotContain("Zalo OA");
        assertThat(page.select("#problems tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).startsWith("articles/loi.md 2 area"))
                .anySatisfy(row -> assertThat(row).contains("articles/loi.md", "title"));
    }

    @Test
    void theContentPageTellsTheProblemsInVietnamese() {
        Document page = page("/content");

        assertThat(page.select("#problems tbody tr").eachText())
                .contains(
                        "articles/loi.md 1 title thiếu tiêu đề: mỗi bài viết cần có trường title",
                        "articles/loi.md 2 area lĩnh vực \"khong-co\" không có; các lĩnh vực là: " + Area.ids())
                .allSatisfy(row -> assertThat(row).doesNotContain("missing", "unknown area"));
    }

    @Test
    void thePreviewShowsTheWebsiteFacebookAndZaloVersions() {
        Document page = page("/content/preview?file=articles/mot-cua.md");

        assertThat(page.select("#website .web-body strong").text()).isEqualTo("bộ phận một cửa");
        assertThat(page.select("#facebook .fb-message").text()).contains("Một cửa tiếp nhận hồ sơ trực tuyến");
        assertThat(page.select("#facebook strong").first().text()).isEqualTo("Trung tâm Y tế huyện Mẫu");
        assertThat(page.select("#facebook .fb-card").attr("href"))
                .endsWith("/site/tin-bai/mot-cua-tiep-nhan-ho-so-truc-tuyen/");
        assertThat(page.select("#zalo h3").text()).isEqualTo("Một cửa tiếp nhận hồ sơ trực tuyến");
        assertThat(page.select("#zalo .zalo-description").text())
                .isEqualTo("Người dân nộp hồ sơ qua Cổng dịch vụ công.");
        assertThat(mvc.get().uri("/content/preview?file=../../etc/passwd")).hasStatus(404);
    }

    @Test
    void theOfficerQueuesAnArticleOnlyOnItsChannels() {
        Document form = page("/queue?file=articles/mot-cua.md");
        assertThat(form.select("input[name=channels]").eachAttr("value")).containsExactly("website", "facebook");
        assertThat(form.selectFirst("#at").val()).isEqualTo("2026-03-20T12:00");

        assertThat(mvc.post()
                        .uri("/queue")
                        .with(csrf())
                        .param("file", "articles/mot-cua.md")
                        .param("channels", "website")
                        .param("at", "2026-03-25T08:30"))
                .hasRedirectedUrl("/queue")
                .flash()
                .containsEntry(
                        "message", "Đã đưa bài \"Một cửa tiếp nhận hồ sơ trực tuyến\" vào hàng đợi trên 1 kênh.");
        Document page = page("/queue");
        Element row = page.selectFirst("table.queue tbody tr");
        assertThat(row.text()).contains("Trang thông tin điện tử", "25/03/2026 08:30", "Chờ duyệt", "canbo");
        assertThat(row.select("button").eachText()).containsExactly("Hủy");

        assertThat(mvc.post()
                        .uri("/queue")
                        .with(csrf())
                        .param("file", "articles/mot-cua.md")
                        .param("channels", "zalo"))
                .flash()
                .containsEntry("error", "Kênh zalo không dùng được cho bài này.");
    }

    @Test
    @WithMockUser(
            username = "canbo",
            roles = {"OFFICER", "APPROVER"})
    void selfApprovalIsRefusedWithAMessage() {
        long id = queueWebsite();

        assertThat(mvc.post().uri("/queue/" + id + "/approve").with(csrf()))
                .hasRedirectedUrl("/queue")
                .flash()
                .hasEntrySatisfying("error", e -> assertThat((String) e).contains("tự duyệt"));
        assertThat(page("/queue?state=queued").select("tr[data-id=" + id + "]")).hasSize(1);
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "APPROVER")
    void theApproverApprovesAndRejectsWithAComment() {
        long id = queueWebsite();
        Document page = page("/queue");
        assertThat(page.select("tr[data-id=" + id + "] button").eachText()).containsExactly("Duyệt", "Từ chối");

        assertThat(mvc.post().uri("/queue/" + id + "/reject").with(csrf()))
                .flash()
                .containsEntry("error", "Khi từ chối cần ghi lý do (ô \"Nhận xét\").");
        assertThat(mvc.post().uri("/queue/" + id + "/approve").with(csrf()).param("comment", "Được"))
                .flash()
                .containsKey("message");

        Element row = page("/queue?state=approved&channel=website").selectFirst("tr[data-id=" + id + "]");
        assertThat(row.text()).contains("Đã duyệt", "canbo / lanhdao", "Được");
        assertThat(mvc.post().uri("/queue/" + id + "/cancel").with(csrf())).hasStatus(403);
    }

    @Test
    void theOfficerCancelsAndMayNotApprove() {
        long id = queueWebsite();

        assertThat(mvc.post().uri("/queue/" + id + "/approve").with(csrf())).hasStatus(403);
        assertThat(mvc.post().uri("/queue/" + id + "/cancel").with(csrf()))
                .flash()
                .hasEntrySatisfying("message", m -> assertThat((String) m).startsWith("Đã hủy bài"));
        assertThat(page("/queue?state=cancelled")
                        .select("tr[data-id=" + id + "]")
                        .text())
                .contains("Đã hủy");
        assertThat(mvc.post().uri("/queue/" + id + "/cancel").with(csrf()))
                .flash()
                .containsKey("error");
    }

    private long queueWebsite() {
        List<PublicationView> queued =
                approvals.queue(null, "articles/mot-cua.md", Set.of(Channel.WEBSITE), clock.instant(), "canbo");
        return queued.get(0).id();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }
}
