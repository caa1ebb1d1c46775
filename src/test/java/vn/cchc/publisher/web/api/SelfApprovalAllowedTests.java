package vn.cchc.publisher.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** With {@code cchc.publishing.allow-self-approval: true}, an approver approves what they queued. */
@SpringBootTest(properties = {"cchc.publishing.allow-self-approval=true", "cchc.site.publish-on-start=false"})
@AutoConfigureMockMvc
class SelfApprovalAllowedTests {

    static final Path DATA = Path.of("target", "test-data", "self-approval-" + UUID.randomUUID());

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("cchc.data-dir", DATA::toString);
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    @WithMockUser(username = "quantri", roles = "ADMIN")
    void theQueuerMayApprove() {
        MvcTestResult queued = mvc.post()
                .uri("/api/publications")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"file\":\"articles/2026-11-benh-an-dien-tu.md\",\"channels\":[\"facebook\"],"
                        + "\"plannedAt\":\"2099-11-01T08:00\"}")
                .exchange();
        String location = queued.getResponse().getHeader("Location");

        MvcTestResult approved = mvc.post().uri(location + "/approve").exchange();

        assertThat(approved).hasStatusOk();
        assertThat(approved).bodyJson().extractingPath("$.decidedBy").isEqualTo("quantri");
        assertThat(approved).bodyJson().extractingPath("$.state").isEqualTo("approved");
    }
}
