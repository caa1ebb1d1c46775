package vn.cchc.publisher.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The first start with no user configured: {@code admin} with a random password, logged once, kept nowhere. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FirstStartAdminTests {

    static final Path DATA = Path.of("target", "test-data", "first-start-" + UUID.randomUUID());

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("cchc.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void theAdminPasswordIsLoggedOnceSignsInAndIsWrittenNowhere(CapturedOutput output) throws IOException {
        Matcher logged = Pattern.compile("created user 'admin' with password (\\S+) for this run only")
                .matcher(output.getAll());
        assertThat(logged.find()).as("the password is in the log").isTrue();
        String password = logged.group(1);
        assertThat(password).hasSize(20);

        assertThat(Browser.basic(port, "admin", password)
                        .get("/api/publications")
                        .statusCode())
                .isEqualTo(200);
        assertThat(Browser.basic(port, "admin", "something-else")
                        .get("/api/publications")
                        .statusCode())
                .isEqualTo(401);
        Browser browser = new Browser(port);
        assertThat(browser.signIn("admin", password).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));

        assertThat(output.getAll().split(Pattern.quote(password), -1))
                .as("logged exactly once")
                .hasSize(2);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DATA)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        for (Path file : files) {
            assertThat(contains(Files.readAllBytes(file), secret))
                    .as(file.toString())
                    .isFalse();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
