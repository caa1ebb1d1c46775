package vn.cchc.publisher.web.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.channel.Channels;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.web.HandlerMappings;
import vn.cchc.publisher.web.HandlerMappings.Endpoint;

/**
 * The running application over HTTP with five configured users and the channels' secrets set: every page and
 * API call is refused without sign-in, each role is refused what is not its own, CSRF, secure headers, the
 * throttling of failed sign-ins, and no secret in any answer or log line.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SecurityTests.ChannelSecrets.class)
@ExtendWith(OutputCaptureExtension.class)
class SecurityTests {

    static final Path DATA = Path.of("target", "test-data", "security-" + UUID.randomUUID());
    static final String PASSWORD = "Mat-khau-thu-nghiem-1";

    /** The channels' secrets, as the process environment would give them. */
    static final Map<String, String> SECRETS = Map.of(
            "FACEBOOK_PAGE_TOKEN", "EAAB-test-facebook-page-token-7f3a9c",
            "WORDPRESS_APP_PASSWORD", "wp-test-app-password-4k2m-8d1s",
            "ZALO_APP_ID", "zalo-test-app-id-5512",
            "ZALO_SECRET_KEY", "zalo-test-secret-key-9q8w",
            "ZALO_REFRESH_TOKEN", "zalo-test-refresh-token-3e5r");

    static final Map<String, String> HASHES = new HashMap<>();

    /** Adds {@link #SECRETS} to the process environment's property source. */
    static class ChannelSecrets implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
            Map<String, Object> environment = new HashMap<>(System.getenv());
            environment.putAll(SECRETS);
            sources.replace(name, new SystemEnvironmentPropertySource(name, environment));
        }
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock("2026-11-30T05:00:00Z");
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        String[][] users = {
            {"canbo", "officer"},
            {"lanhdao", "approver"},
            {"kiemtra", "auditor"},
            {"quantri", "admin"},
            {"thu", "officer"},
            {"thu2", "officer"},
            {"thu3", "officer"},
            {"thu4", "officer"}
        };
        for (int i = 0; i < users.length; i++) {
            String username = users[i][0];
            String role = users[i][1];
            String hash = encoder.encode(PASSWORD);
            HASHES.put(username, hash);
            registry.add("cchc.security.users[" + i + "].username", () -> username);
            registry.add("cchc.security.users[" + i + "].password-hash", () -> hash);
            registry.add("cchc.security.users[" + i + "].roles[0]", () -> role);
        }
        registry.add("cchc.data-dir", DATA::toString);
        registry.add("cchc.site.publish-on-start", () -> "false");
        // small upload limits, to see a too large attachment refused without sending 20 MiB
        registry.add("spring.servlet.multipart.max-file-size", () -> "4KB");
        registry.add("spring.servlet.multipart.max-request-size", () -> "64KB");
        // every channel configured, pointing at a closed port: calls fail at once, with the secrets sent
        registry.add("cchc.channels.wordpress.enabled", () -> "true");
        registry.add("cchc.channels.wordpress.base-url", () -> "http://127.0.0.1:9");
        registry.add("cchc.channels.wordpress.user", () -> "cchc");
        registry.add("cchc.channels.facebook.page-id", () -> "1234567890");
        registry.add("cchc.channels.facebook.base-url", () -> "http://127.0.0.1:9");
        registry.add("cchc.channels.zalo.base-url", () -> "http://127.0.0.1:9");
        registry.add("cchc.channels.zalo.oauth-url", () -> "http://127.0.0.1:9");
        for (String channel : List.of("wordpress", "facebook", "zalo")) {
            registry.add("cchc.channels." + channel + ".retry.max-attempts", () -> "1");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SettableClock clock;

    @Autowired
    Channels channels;

    private Browser as(String username) {
        return Browser.basic(port, username, PASSWORD);
    }

    private Browser signedIn(String username) {
        Browser browser = new Browser(port);
        HttpResponse<String> signIn = browser.signIn(username, PASSWORD);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        return browser;
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> all = HandlerMappings.all(context);
        assertThat(all).extracting(Endpoint::pattern).contains("/api/publications", "/api/audit", "/login");
        return all;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void everyPageAndApiCallIsRefusedWithoutSignIn() {
        Browser anonymous = new Browser(port);
        List<String> checked = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.isPublic()) {
                continue;
            }
            String path = endpoint.path();
            String what = endpoint.method() + " " + path;
            if (endpoint.isApi()) {
                HttpResponse<String> answer = anonymous.send(endpoint.method(), path);
                assertThat(answer.statusCode()).as(what).isEqualTo(401);
                assertThat(answer.headers().firstValue("Content-Type"))
                        .as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.body()).as(what).contains("\"title\":\"Chưa đăng nhập\"");
            } else if (endpoint.method().equals("GET")) {
                HttpResponse<String> answer = anonymous.get(path);
                assertThat(answer.statusCode()).as(what).isEqualTo(302);
                assertThat(location(answer)).as(what).endsWith("/login");
            } else {
                // with a valid token of the anonymous session, what is left is the sign-in
                HttpResponse<String> answer = anonymous.postFormWithToken(path, Map.of());
                assertThat(answer.statusCode()).as(what).isEqualTo(302);
                assertThat(location(answer)).as(what).endsWith("/login");
            }
            checked.add(what);
        }
        assertThat(checked).contains("POST /api/publications/999999/approve", "GET /api/audit");
    }

    @Test
    void theDocumentedPublicOnesNeedNoSignIn() {
        Browser anonymous = new Browser(port);

        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/openapi").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/openapi.yaml").body()).contains("openapi:", "/api/publications");
        // the channels here point at a closed port, so the aggregate may be DOWN (503): public all the same
        assertThat(anonymous.get("/actuator/health").body())
                .contains("\"status\":")
                .doesNotContain("components");
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/metrics").statusCode()).isEqualTo(401);
    }

    @Test
    void anOfficerMayNotDecide() {
        Browser officer = as("canbo");

        assertThat(officer.postJson("/api/publications/999999/approve", "{}").statusCode())
                .isEqualTo(403);
        assertThat(officer.postJson("/api/publications/999999/reject", "{\"comment\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        // but may queue, cancel and retry: refused only because there is no such publication
        assertThat(officer.postJson("/api/publications/999999/cancel", "{}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anApproverMayNotQueueCancelRetryOrRecordActivities() {
        Browser approver = as("lanhdao");

        HttpResponse<String> queue = approver.postJson("/api/publications", "{}");
        assertThat(queue.statusCode()).isEqualTo(403);
        assertThat(queue.body()).contains("\"title\":\"Không có quyền\"");
        assertThat(approver.postJson("/api/publications/999999/cancel", "{}").statusCode())
                .isEqualTo(403);
        assertThat(approver.postJson("/api/publications/999999/retry", "{}").statusCode())
                .isEqualTo(403);
        assertThat(approver.postJson("/api/activities", "{}").statusCode()).isEqualTo(403);
        assertThat(approver.postJson("/api/publications/999999/approve", "{}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAuditorMayOnlyRead() {
        Browser auditor = as("kiemtra");
        int posts = 0;
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.isApi() && !endpoint.isPublic() && !endpoint.method().equals("GET")) {
                assertThat(auditor.send(endpoint.method(), endpoint.path()).statusCode())
                        .as(endpoint.method() + " " + endpoint.path())
                        .isEqualTo(403);
                posts++;
            }
        }
        assertThat(posts).isGreaterThanOrEqualTo(6);
        assertThat(auditor.get("/api/audit/verify").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/api/publications").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAuditorsApproversAndAdminsReadTheAuditTrailAndReports() {
        Browser officer = as("canbo");
        List<String> restricted = new ArrayList<>(List.of("/api/audit", "/api/audit/verify", "/api/reports/2026"));
        endpoints().stream()
                .filter(e -> e.method().equals("GET"))
                .map(Endpoint::path)
                .filter(p -> p.startsWith("/api/audit") || p.startsWith("/api/reports"))
                .forEach(restricted::add);
        for (String path : restricted) {
            assertThat(officer.get(path).statusCode()).as(path).isEqualTo(403);
        }
        Browser officerPages = signedIn("canbo");
        assertThat(officerPages.get("/audit").statusCode()).isEqualTo(403);
        assertThat(officerPages.get("/reports").statusCode()).isEqualTo(403);

        assertThat(as("lanhdao").get("/api/audit").statusCode()).isEqualTo(200);
        assertThat(as("quantri").get("/api/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminIsRefusedNothing() {
        Browser admin = as("quantri");
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.isApi()) {
                int status = admin.send(endpoint.method(), endpoint.path()).statusCode();
                assertThat(status).as(endpoint.method() + " " + endpoint.path()).isNotIn(401, 403, 429);
            }
        }
    }

    @Test
    void anApproverMayNotApproveWhatTheyQueuedThemselves() {
        Browser admin = as("quantri");
        HttpResponse<String> queued = admin.postJson(
                "/api/publications",
                "{\"file\":\"articles/2026-01-ra-soat-quy-che-noi-bo.md\",\"channels\":[\"zalo\"],"
                        + "\"plannedAt\":\"2099-01-10T08:00\"}");
        assertThat(queued.statusCode()).isEqualTo(201);
        String location = location(queued);

        HttpResponse<String> own = admin.postJson(location + "/approve", "{}");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("Không được tự duyệt bài do chính mình đưa vào hàng chờ");

        HttpResponse<String> other = as("lanhdao").postJson(location + "/approve", "{\"comment\":\"Đồng ý\"}");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("\"state\":\"approved\"", "\"decidedBy\":\"lanhdao\"");
    }

    @Test
    void formsNeedTheCsrfTokenTheApiNeedsNoneAndSetsNoCookie() {
        Browser anonymous = new Browser(port);
        assertThat(anonymous
                        .postForm("/login", Map.of("username", "canbo", "password", PASSWORD))
                        .statusCode())
                .isEqualTo(403);

        Browser officer = signedIn("canbo");
        assertThat(officer.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        HttpResponse<String> logout = officer.postFormWithToken("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).endsWith("/login?logout");

        Browser api = as("canbo");
        HttpResponse<String> post = api.postJson("/api/publications/999999/cancel", "{}");
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> get = api.get("/api/publications");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aTooLargeAttachmentIsAPayloadTooLargeProblem() {
        HttpResponse<String> answer = poster(new byte[8 * 1024]);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"title\":\"Tệp quá lớn\"", "\"field\":\"file\"");

        assertThat(poster(new byte[1024]).statusCode()).isEqualTo(201);
    }

    /** The officer records a poster of the sample plan with {@code file} attached, through the API. */
    private HttpResponse<String> poster(byte[] file) {
        return as("canbo")
                .postMultipart(
                        "/api/activities",
                        Map.of(
                                "date",
                                "2026-03-05",
                                "target",
                                "visual-ongoing",
                                "kind",
                                "poster",
                                "description",
                                "Áp phích"),
                        "poster.pdf",
                        file);
    }

    @Test
    void pagesCarrySecureHeaders() {
        Browser officer = signedIn("canbo");
        String page = endpoints().stream()
                .filter(e -> e.method().equals("GET") && !e.isApi() && !e.isPublic())
                .map(Endpoint::pattern)
                .filter(p -> !p.contains("{"))
                .findFirst()
                .orElse("/");

        for (HttpResponse<String> answer : List.of(officer.get(page), new Browser(port).get("/login"))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(
                            csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        }
    }

    @Test
    void repeatedFailedSignInsAreSlowedDownEvenWithTheRightPassword() {
        clock.set("2026-11-30T06:00:00Z");
        Browser wrong = Browser.basic(port, "thu", "sai-mat-khau");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/publications").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = as("thu").get("/api/publications");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("2");
        assertThat(refused.body()).contains("Vui lòng thử lại sau 2 giây");

        clock.set("2026-11-30T06:00:03Z");
        assertThat(as("thu").get("/api/publications").statusCode()).isEqualTo(200);
    }

    @Test
    void theThrottleHoldsHoweverTheCredentialsOrTheSignInPathAreSpelled() {
        clock.set("2026-11-30T08:00:00Z");
        // Spring accepts "Basic" followed by any one character before the credentials
        String wrong = "Basicx" + Base64.getEncoder().encodeToString("thu3:sai-mat-khau".getBytes(UTF_8));
        String right = "Basic\t" + Base64.getEncoder().encodeToString(("thu3:" + PASSWORD).getBytes(UTF_8));
        for (int i = 0; i < 5; i++) {
            assertThat(Browser.withAuthorization(port, wrong)
                            .get("/api/publications")
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(Browser.withAuthorization(port, right)
                        .get("/api/publications")
                        .statusCode())
                .isEqualTo(429);
        assertThat(Browser.withAuthorization(port, right)
                        .get("/actuator/metrics")
                        .statusCode())
                .isEqualTo(429);

        // the sign-in form posted to an encoded spelling of its path is throttled the same
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.signIn("/%6Cogin", "thu4", "sai-mat-khau")))
                    .doesNotContain("wait=");
        }
        assertThat(location(browser.signIn("/%6Cogin", "thu4", PASSWORD))).endsWith("/login?wait=2");
        assertThat(location(browser.signIn("thu4", PASSWORD))).endsWith("/login?wait=2");
    }

    @Test
    void theSignInFormShowsTheWait() {
        clock.set("2026-11-30T07:00:00Z");
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.signIn("thu2", "sai-mat-khau"))).endsWith("/login?error");
        }

        HttpResponse<String> refused = browser.signIn("thu2", PASSWORD);
        assertThat(location(refused)).endsWith("/login?wait=2");
        assertThat(browser.get("/login?wait=2").body()).contains("Vui lòng thử lại sau 2 giây");

        clock.set("2026-11-30T07:00:03Z");
        assertThat(location(browser.signIn("thu2", PASSWORD))).doesNotContain("/login");
    }

    @Test
    void noSecretInAnyAnswerOrLogLine(CapturedOutput output) {
        StringBuilder seen = new StringBuilder();
        for (Channel channel : Channel.values()) {
            channels.adapter(channel)
                    .ifPresent(adapter -> seen.append(adapter.status()).append('\n'));
        }
        Browser api = as("quantri");
        Browser pages = signedIn("quantri");
        List<String> visited = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.method().equals("GET")) {
                continue;
            }
            HttpResponse<String> answer = endpoint.isApi() ? api.get(endpoint.path()) : pages.get(endpoint.path());
            seen.append(answer.headers().map())
                    .append('\n')
                    .append(answer.body())
                    .append('\n');
            visited.add(endpoint.path());
        }
        for (String path : List.of("/actuator/health", "/actuator/info", "/actuator/metrics", "/api/openapi")) {
            seen.append(api.get(path).body()).append('\n');
            seen.append(pages.get(path).body()).append('\n');
        }
        assertThat(visited).contains("/api/publications", "/api/content", "/api/audit", "/login");
        assertThat(seen.toString()).contains("Đăng nhập", "facebook");
        // the log of the whole run so far, start-up included
        assertThat(output.getAll()).contains("Started SecurityTests");

        for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
            assertThat(seen.toString()).as(secret.getKey() + " in an answer").doesNotContain(secret.getValue());
            assertThat(output.getAll()).as(secret.getKey() + " in the log").doesNotContain(secret.getValue());
        }
        for (String hash : HASHES.values()) {
            assertThat(seen.toString()).doesNotContain(hash);
            assertThat(output.getAll()).doesNotContain(hash);
        }
        assertThat(seen.toString()).doesNotContain(PASSWORD);
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }
}
