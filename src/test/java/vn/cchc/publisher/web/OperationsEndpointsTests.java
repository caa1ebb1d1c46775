package vn.cchc.publisher.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.verification.VerificationEvents;

/**
 * Actuator in the running application, as the embedded default is configured (local site, Facebook and
 * Zalo without tokens): the health status is public and UP, its details and the metrics are the admin's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsEndpointsTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("cchc.data-dir", dataDir::toString);
        registry.add("cchc.site.publish-on-start", () -> "false");
        registry.add("cchc.security.users[0].username", () -> "quantri");
        registry.add("cchc.security.users[0].password-hash", () -> new BCryptPasswordEncoder(4).encode("mat-khau"));
        registry.add("cchc.security.users[0].roles[0]", () -> "admin");
        registry.add("cchc.security.users[1].username", () -> "canbo");
        registry.add("cchc.security.users[1].password-hash", () -> new BCryptPasswordEncoder(4).encode("mat-khau"));
        registry.add("cchc.security.users[1].roles[0]", () -> "officer");
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationEventPublisher events;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anyoneSeesTheStatusAndNothingMore() {
        MvcTestResult result = mvc.get().uri("/actuator/health").exchange();

        assertThat(result).hasStatusOk();
        JsonNode health = body(result);
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(body(mvc.get().uri("/actuator/health/liveness").exchange())
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(body(mvc.get().uri("/actuator/health/readiness").exchange())
                        .get("status")
                        .asString())
                .isEqualTo("UP");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theAdminSeesEachChannelAndTheScheduler() {
        MvcTestResult result = mvc.get().uri("/actuator/health").exchange();

        assertThat(result).hasStatusOk();
        JsonNode health = body(result);
        assertThat(health.get("status").asString()).isEqualTo("UP");
        JsonNode channels = health.at("/components/channels/components");
        assertThat(channels.at("/website/status").asString()).isEqualTo("UP");
        assertThat(channels.at("/website/details/adapter").asString()).isEqualTo("local-site");
        assertThat(channels.at("/facebook/status").asString()).isEqualTo("UNKNOWN");
        assertThat(channels.at("/facebook/details/configured").asBoolean()).isFalse();
        assertThat(channels.at("/facebook/details/missing").toString()).contains("FACEBOOK_PAGE_TOKEN");
        assertThat(channels.at("/zalo/status").asString()).isEqualTo("UNKNOWN");
        assertThat(channels.at("/zalo/details/missing").toString()).contains("ZALO_REFRESH_TOKEN");

        JsonNode scheduler = health.at("/components/scheduler");
        assertThat(scheduler.get("status").asString()).isEqualTo("UP");
        assertThat(scheduler.at("/details/state").asString()).isEqualTo("started");
        assertThat(scheduler.at("/details/schedulerName").asString()).isEqualTo("cchc-publisher");
        assertThat(scheduler.at("/details/clustered").asBoolean()).isTrue();
        assertThat(scheduler.at("/details/instanceId").asString()).isNotBlank();
        assertThat(scheduler.at("/details/jobs").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(scheduler.at("/details/triggersInError")).isEmpty();
    }

    @Test
    void theAdminReadsTheMetricsWithHttpBasic() {
        Instant now = Instant.now();
        events.publishEvent(new PublishingEvents.Published(
                1, "u", "articles/a.md", "h", Channel.WEBSITE, "a", "http://x/a", false, now));
        events.publishEvent(new VerificationEvents.VerificationFailed(
                null, "u", "page", "http://x/a", List.of("thiếu"), List.of("missing"), null, now));

        MvcTestResult published = mvc.get()
                .uri("/actuator/metrics/cchc.publications?tag=outcome:published&tag=channel:website")
                .with(httpBasic("quantri", "mat-khau"))
                .exchange();
        assertThat(published).hasStatusOk();
        assertThat(body(published).at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(body(published).get("availableTags")).isNotNull();

        MvcTestResult failed = mvc.get()
                .uri("/actuator/metrics/cchc.verifications?tag=result:failed&tag=kind:page")
                .with(httpBasic("quantri", "mat-khau"))
                .exchange();
        assertThat(body(failed).at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1.0);

        MvcTestResult states = mvc.get()
                .uri("/actuator/metrics/cchc.publications.state?tag=state:queued")
                .with(httpBasic("quantri", "mat-khau"))
                .exchange();
        assertThat(states).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/actuator/metrics/cchc.queue.age")
                        .with(httpBasic("quantri", "mat-khau"))
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void theMetricsAreRefusedWithoutTheAdminRole() {
        assertThat(mvc.get().uri("/actuator/metrics/cchc.publications").exchange())
                .hasStatus(401);
        assertThat(mvc.get()
                        .uri("/actuator/metrics/cchc.publications")
                        .with(httpBasic("canbo", "mat-khau"))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/actuator/metrics/cchc.publications")
                        .with(httpBasic("quantri", "sai"))
                        .exchange())
                .hasStatus(401);
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void anOfficerSeesNoHealthDetails() {
        JsonNode health = body(mvc.get().uri("/actuator/health").exchange());

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(mvc.get().uri("/actuator/metrics").exchange()).hasStatus(403);
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }
}
