package vn.cchc.publisher.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The activity form through the real server: signed in with a password, the multipart form is accepted with
 * its CSRF token, and the attachment comes back; the pages' script is served under the CSP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesOverHttpTests {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void setUp(DynamicPropertyRegistry registry) throws IOException {
        UiFixtures.twoUnits(dir, registry);
        registry.add("cchc.security.users[0].username", () -> "canbo");
        registry.add("cchc.security.users[0].password-hash", () -> new BCryptPasswordEncoder(4).encode("mat-khau"));
        registry.add("cchc.security.users[0].roles[0]", () -> "officer");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        return Jsoup.parse(html).select("input[name=_csrf]").first().val();
    }

    @Test
    void anOfficerRecordsAnActivityWithAnAttachmentThroughTheForm() throws Exception {
        String login = csrf(get("/login").body());
        String form = Map.of("username", "canbo", "password", "mat-khau", "_csrf", login).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");

        HttpResponse<String> page = get("/activities");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'");
        String token = csrf(page.body());

        byte[] minutes = "Biên bản hội nghị".getBytes(StandardCharsets.UTF_8);
        String boundary = "----" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of(
                "_csrf", token,
                "date", "2026-01-15",
                "target", "ttyt-mau-2026/hoi-nghi",
                "kind", "conference",
                "description", "Hội nghị qua biểu mẫu thật");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\";"
                        + " filename=\"bien-ban.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(minutes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(uri("/activities"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);

        Document list = Jsoup.parse(get("/activities?unit=ttyt-mau&year=2026").body());
        assertThat(list.select("#recorded").text()).startsWith("Đã ghi hoạt động #");
        String link = list.select("table.activities tr:contains(Hội nghị qua biểu mẫu thật) a")
                .attr("href");
        HttpResponse<byte[]> download =
                http.send(HttpRequest.newBuilder(uri(link)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(minutes);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;");

        assertThat(get("/js/progress.js").statusCode()).isEqualTo(200);
    }
}
