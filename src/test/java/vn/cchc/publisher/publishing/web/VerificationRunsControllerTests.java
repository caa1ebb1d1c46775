package vn.cchc.publisher.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.cchc.publisher.publishing.Reverification;
import vn.cchc.publisher.shared.ProgressTracker;

/** Starting a re-verification over REST and following it at {@code /api/tasks}. */
@SpringBootTest
@AutoConfigureMockMvc
class VerificationRunsControllerTests {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void dirs(DynamicPropertyRegistry registry) {
        registry.add("cchc.data-dir", data::toString);
        registry.add("cchc.site.publish-on-start", () -> "false");
    }

    @MockitoBean
    Reverification reverification;

    @Autowired
    ProgressTracker tracker;

    @Autowired
    MockMvcTester mvc;

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void anOfficerStartsARunAndFollowsItsProgress() {
        ProgressTracker.Task task = tracker.start(Reverification.KIND, "Kiểm tra lại các bài đã đăng năm 2026", 4);
        task.advance(1);
        given(reverification.startAll()).willReturn(task.id());

        assertThat(mvc.post().uri("/api/verification/runs"))
                .hasStatus(HttpStatus.ACCEPTED)
                .hasHeader("Location", "/api/tasks/" + task.id());

        assertThat(mvc.get().uri("/api/tasks/" + task.id()))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"id": "%s", "kind": "reverification", "label": "Kiểm tra lại các bài đã đăng năm 2026",
                         "done": 1, "total": 4, "percent": 25, "running": true, "finished": null}
                        """.formatted(task.id()));
        task.advance(3);
        task.finish("4 đạt, 0 không đạt, 0 chưa kiểm tra");
        assertThat(mvc.get().uri("/api/tasks"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.id == '%s')].result".formatted(task.id()))
                .asArray()
                .containsExactly("4 đạt, 0 không đạt, 0 chưa kiểm tra");
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "APPROVER")
    void anApproverMayFollowButNotStartARun() {
        assertThat(mvc.post().uri("/api/verification/runs")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/tasks")).hasStatusOk();
    }

    @Test
    @WithMockUser(username = "quantri", roles = "ADMIN")
    void anAdminMayStartARun() {
        given(reverification.startAll()).willReturn("abc");

        assertThat(mvc.post().uri("/api/verification/runs"))
                .hasStatus(HttpStatus.ACCEPTED)
                .hasHeader("Location", "/api/tasks/abc");
    }

    @Test
    @WithMockUser(username = "canbo", roles = "OFFICER")
    void anUnknownTaskIsA404Problem() {
        assertThat(mvc.get().uri("/api/tasks/khong-co"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Không tìm thấy tác vụ");
    }

    @Test
    void nobodySignedInIsA401() {
        assertThat(mvc.get().uri("/api/tasks")).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
