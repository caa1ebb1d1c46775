package vn.cchc.publisher.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The REST API as a client uses it: JSON in and out, problem details for every refusal. */
class RestApiTests extends ApiContext {

    private static final String MOT_CUA = "articles/2026-03-mot-cua-nop-ho-so-truc-tuyen.md";
    private static final String BO_MAY = "articles/2026-05-kien-toan-to-chuc-bo-may.md";
    private static final String TAI_CHINH = "articles/2026-09-tu-chu-tai-chinh-cong-khai.md";
    private static final String BENH_AN = "articles/2026-11-benh-an-dien-tu.md";

    private MvcTestResult queue(String file, String channels, String plannedAt) {
        return mvc.post()
                .uri("/api/publications")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"file\":\"" + file + "\",\"channels\":[" + channels + "],\"plannedAt\":\"" + plannedAt
                        + "\"}")
                .exchange();
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private JsonNode problem(MvcTestResult result, HttpStatus status) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Exception", "at vn.cchc", "trace");
        JsonNode problem = body(result);
        assertThat(problem.get("status").asInt()).isEqualTo(status.value());
        return problem;
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void queuesAnArticleOnTwoChannelsAndReadsItBack() {
        MvcTestResult created = queue(MOT_CUA, "\"website\",\"facebook\"", "2099-03-16T08:00");

        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode queued = body(created);
        assertThat(queued).hasSize(2);
        long id = queued.get(0).get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/publications/" + id);
        assertThat(queued.get(0).get("state").asString()).isEqualTo("queued");
        assertThat(queued.get(0).get("stateLabel").asString()).isEqualTo("Chờ duyệt");
        assertThat(queued.get(0).get("queuedBy").asString()).isEqualTo("canbo");
        // local time is the unit's (Vietnam, UTC+7)
        assertThat(queued.get(0).get("plannedAt").asString()).isEqualTo("2099-03-16T01:00:00Z");

        JsonNode one = body(mvc.get().uri("/api/publications/" + id).exchange());
        assertThat(one.get("contentFile").asString()).isEqualTo(MOT_CUA);
        assertThat(one.get("title").asString()).startsWith("Nộp hồ sơ trực tuyến");

        JsonNode facebookQueued = body(
                mvc.get().uri("/api/publications?state=queued&channel=facebook").exchange());
        assertThat(facebookQueued).isNotEmpty();
        assertThat(facebookQueued.valueStream().map(p -> p.get("channel").asString()))
                .containsOnly("facebook");
        assertThat(body(mvc.get().uri("/api/publications?unit=khong-co").exchange()))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void anOffsetTimeIsTakenAsItIs() {
        JsonNode queued = body(queue(TAI_CHINH, "\"website\"", "2099-09-01T08:00:00+02:00"));

        assertThat(queued.get(0).get("plannedAt").asString()).isEqualTo("2099-09-01T06:00:00Z");
    }

    @Test
    @WithMockUser(
            username = "lanhdao",
            roles = {"APPROVER", "OFFICER"})
    void rejectNeedsACommentApproveDoesNotAndCancelledCannotBeCancelledAgain() {
        long id = body(queueAs(BO_MAY)).get(0).get("id").asLong();

        JsonNode noComment = problem(post("/api/publications/" + id + "/reject", "{}"), HttpStatus.BAD_REQUEST);
        assertThat(noComment.get("field").asString()).isEqualTo("comment");
        assertThat(noComment.get("detail").asString()).contains("lý do từ chối");

        MvcTestResult rejected = post("/api/publications/" + id + "/reject", "{\"comment\":\"Sửa lại số liệu\"}");
        assertThat(rejected).hasStatusOk();
        assertThat(body(rejected).get("state").asString()).isEqualTo("rejected");
        assertThat(body(rejected).get("decisionComment").asString()).isEqualTo("Sửa lại số liệu");

        JsonNode twice =
                problem(post("/api/publications/" + id + "/reject", "{\"comment\":\"x\"}"), HttpStatus.CONFLICT);
        assertThat(twice.get("title").asString()).isEqualTo("Không thực hiện được");
        assertThat(twice.get("detail").asString()).contains("Bị từ chối");

        MvcTestResult cancelled =
                mvc.post().uri("/api/publications/" + id + "/cancel").exchange();
        assertThat(body(cancelled).get("state").asString()).isEqualTo("cancelled");
        problem(mvc.post().uri("/api/publications/" + id + "/cancel").exchange(), HttpStatus.CONFLICT);
        problem(mvc.post().uri("/api/publications/" + id + "/retry").exchange(), HttpStatus.CONFLICT);
    }

    /** Queued by someone else, so that the signed-in approver may decide. */
    private MvcTestResult queueAs(String file) {
        return mvc.post()
                .uri("/api/publications")
                .with(user("canbo").roles("OFFICER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"file\":\"" + file + "\",\"channels\":[\"website\"],\"plannedAt\":\"2099-05-01T08:00\"}")
                .exchange();
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "APPROVER")
    void anApproverApprovesWithOrWithoutAComment() {
        long id = body(queueAs(BENH_AN)).get(0).get("id").asLong();

        MvcTestResult approved =
                mvc.post().uri("/api/publications/" + id + "/approve").exchange();

        assertThat(approved).hasStatusOk();
        assertThat(body(approved).get("state").asString()).isEqualTo("approved");
        assertThat(body(approved).get("decidedBy").asString()).isEqualTo("lanhdao");
    }

    @Test
    @WithMockUser(username = "quantri", roles = "ADMIN")
    void approvingWhatOneQueuedOneselfIsForbidden() {
        long id = body(queue(BENH_AN, "\"zalo\"", "2099-11-01T08:00"))
                .get(0)
                .get("id")
                .asLong();

        JsonNode refused = problem(post("/api/publications/" + id + "/approve", "{}"), HttpStatus.FORBIDDEN);

        assertThat(refused.get("title").asString()).isEqualTo("Không được phép");
        assertThat(refused.get("detail").asString())
                .isEqualTo("Không được tự duyệt bài do chính mình đưa vào hàng chờ (#" + id + ").");
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void badInputIsABadRequestNamingTheField() {
        assertThat(problem(queue(MOT_CUA, "\"tiktok\"", "2099-01-01T08:00"), HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asString())
                .isEqualTo("channels");
        assertThat(problem(queue(MOT_CUA, "\"website\"", "ngày mai"), HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asString())
                .isEqualTo("plannedAt");
        assertThat(problem(queue("articles/khong-co.md", "\"website\"", "2099-01-01T08:00"), HttpStatus.BAD_REQUEST)
                        .get("detail")
                        .asString())
                .contains("Không tìm thấy bài hợp lệ articles/khong-co.md");
        assertThat(problem(post("/api/publications", "{not json"), HttpStatus.BAD_REQUEST)
                        .get("title")
                        .asString())
                .isEqualTo("Yêu cầu không hợp lệ");
        JsonNode state = problem(mvc.get().uri("/api/publications?state=done").exchange(), HttpStatus.BAD_REQUEST);
        assertThat(state.get("field").asString()).isEqualTo("state");
        assertThat(state.get("detail").asString()).contains("needs_attention");
        JsonNode id = problem(mvc.get().uri("/api/publications/abc").exchange(), HttpStatus.BAD_REQUEST);
        assertThat(id.get("field").asString()).isEqualTo("id");
        assertThat(id.get("detail").asString()).isEqualTo("Giá trị «abc» của tham số «id» không hợp lệ.");
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void anUnknownPublicationIsNotFound() {
        JsonNode read = problem(mvc.get().uri("/api/publications/999999").exchange(), HttpStatus.NOT_FOUND);
        assertThat(read.get("detail").asString()).isEqualTo("Không có bài #999999 trong hàng chờ.");
        problem(mvc.post().uri("/api/publications/999999/cancel").exchange(), HttpStatus.NOT_FOUND);
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void listsTheArticlesAndTheProblemsWithFileLineAndField() {
        JsonNode content = body(mvc.get().uri("/api/content").exchange());

        assertThat(content.get("articles").valueStream().map(a -> a.get("file").asString()))
                .contains(MOT_CUA, "articles/2026-07-ket-qua-cchc-6-thang.md")
                .doesNotContain(BROKEN);
        JsonNode problem = content.get("problems")
                .valueStream()
                .filter(p -> p.get("file").asString().equals(BROKEN))
                .findFirst()
                .orElseThrow();
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("field").asString()).isEqualTo("status");
        assertThat(problem.get("message").asString())
                .startsWith("trạng thái \"")
                .contains("draft (bản nháp)");
        assertThat(problem.get("messageEn").asString()).startsWith("unknown status \"");
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void previewsAnArticleAsEachChannelReceivesIt() {
        JsonNode website = body(mvc.get()
                .uri("/api/content/preview?file=" + MOT_CUA + "&channel=website")
                .exchange());
        assertThat(website.get("channel").asString()).isEqualTo("website");
        assertThat(website.get("rendition").get("html").asString()).contains("<p>");

        JsonNode facebook = body(mvc.get()
                .uri("/api/content/preview?file=" + MOT_CUA + "&channel=facebook")
                .exchange());
        assertThat(facebook.get("rendition").get("message").asString()).startsWith("Nộp hồ sơ trực tuyến");
        assertThat(facebook.get("rendition").get("link").asString()).contains("/site/tin-bai/");

        JsonNode zalo = body(mvc.get()
                .uri("/api/content/preview?file=" + MOT_CUA + "&channel=zalo")
                .exchange());
        assertThat(zalo.get("rendition").get("type").asString()).isEqualTo("normal");
        assertThat(zalo.get("rendition").get("body")).isNotEmpty();

        assertThat(problem(
                                mvc.get()
                                        .uri("/api/content/preview?file=" + MOT_CUA + "&channel=tiktok")
                                        .exchange(),
                                HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asString())
                .isEqualTo("channel");
        problem(
                mvc.get()
                        .uri("/api/content/preview?file=articles/x.md&channel=zalo")
                        .exchange(),
                HttpStatus.NOT_FOUND);
        JsonNode missing =
                problem(mvc.get().uri("/api/content/preview?channel=zalo").exchange(), HttpStatus.BAD_REQUEST);
        assertThat(missing.get("detail").asString()).isEqualTo("Thiếu tham số «file».");
    }

    @Test
    @WithMockUser(username = "kiemtra", roles = "AUDITOR")
    void searchesTheLedgerAndChecksIt() {
        body(queueAs(TAI_CHINH));
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

        JsonNode page = body(mvc.get()
                .uri("/api/audit?actor=canbo&type=queued&channel=website&from=" + today + "&to=" + today + "&size=5")
                .exchange());

        assertThat(page.get("total").asLong()).isPositive();
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("entries")).isNotEmpty();
        JsonNode entry = page.get("entries").get(0);
        assertThat(entry.get("type").asString()).isEqualTo("queued");
        assertThat(entry.get("actor").asString()).isEqualTo("canbo");
        assertThat(entry.get("details").asString()).contains("\"channel\":\"website\"");
        assertThat(entry.get("hash").asString()).hasSize(64);

        JsonNode check = body(mvc.get().uri("/api/audit/verify").exchange());
        assertThat(check.get("intact").asBoolean()).isTrue();
        assertThat(check.get("rows").asLong()).isPositive();

        assertThat(problem(mvc.get().uri("/api/audit?size=0").exchange(), HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asString())
                .isEqualTo("size");
        assertThat(problem(mvc.get().uri("/api/audit?from=30/11/2026").exchange(), HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asString())
                .isEqualTo("from");
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void recordsAnActivityWithItsAttachmentAndListsIt() {
        MockMultipartFile photo = new MockMultipartFile("file", "hoi-nghi.PNG", "image/png", new byte[] {1, 2, 3});

        MvcTestResult created = mvc.post()
                .uri("/api/activities")
                .multipart()
                .file(photo)
                .param("date", "2026-03-05")
                .param("target", "conference-quarterly")
                .param("kind", "conference")
                .param("description", "Hội nghị tuyên truyền CCHC quý I")
                .exchange();

        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode activity = body(created);
        // the unit is the one whose plan has the target, so that its reports count the activity
        assertThat(activity.get("unit").asString()).isEqualTo("ttyt-mau");
        assertThat(activity.get("kindLabel").asString()).isEqualTo("Hội nghị, tọa đàm");
        assertThat(activity.get("recordedBy").asString()).isEqualTo("canbo");
        assertThat(activity.get("attachment").asString()).matches("[0-9a-f]{64}\\.png");

        JsonNode listed = body(mvc.get()
                .uri("/api/activities?unit=ttyt-mau&from=2026-03-01&to=2026-03-31")
                .exchange());
        assertThat(listed.valueStream().map(a -> a.get("id").asLong()))
                .contains(activity.get("id").asLong());
        JsonNode everyUnit = body(
                mvc.get().uri("/api/activities?from=2026-03-01&to=2026-03-31").exchange());
        assertThat(everyUnit.valueStream().map(a -> a.get("id").asLong()))
                .contains(activity.get("id").asLong());
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void aWrongActivityIsRefusedNamingTheField() {
        JsonNode future = problem(
                mvc.post()
                        .uri("/api/activities")
                        .multipart()
                        .param("date", "2999-01-01")
                        .param("target", "t")
                        .param("kind", "conference")
                        .param("description", "x")
                        .exchange(),
                HttpStatus.BAD_REQUEST);
        assertThat(future.get("field").asString()).isEqualTo("date");
        assertThat(future.get("detail").asString()).contains("tương lai");

        JsonNode kind = problem(
                mvc.post()
                        .uri("/api/activities")
                        .multipart()
                        .param("date", "2026-01-01")
                        .param("target", "t")
                        .param("kind", "party")
                        .param("description", "x")
                        .exchange(),
                HttpStatus.BAD_REQUEST);
        assertThat(kind.get("field").asString()).isEqualTo("kind");
        assertThat(kind.get("detail").asString()).contains("lobby-tv");

        JsonNode description = problem(
                mvc.post()
                        .uri("/api/activities")
                        .multipart()
                        .param("date", "2026-01-01")
                        .param("target", "t")
                        .param("kind", "poster")
                        .exchange(),
                HttpStatus.BAD_REQUEST);
        assertThat(description.get("field").asString()).isEqualTo("description");
        JsonNode target = problem(
                mvc.post()
                        .uri("/api/activities")
                        .multipart()
                        .param("date", "2026-01-01")
                        .param("target", "khong-co")
                        .param("kind", "poster")
                        .param("description", "Áp phích")
                        .exchange(),
                HttpStatus.BAD_REQUEST);
        assertThat(target.get("field").asString()).isEqualTo("target");
        assertThat(target.get("detail").asString()).contains("«khong-co» không có trong kế hoạch năm 2026");
    }
}
