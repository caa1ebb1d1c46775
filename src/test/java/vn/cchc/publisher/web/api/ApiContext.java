package vn.cchc.publisher.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running application for the API tests (one context, shared): the sample content copied with one
 * broken article added, its own data directory, nothing published at start.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ApiContext {

    static final Path DATA = Path.of("target", "test-data", "api-" + UUID.randomUUID());
    static final String BROKEN = "articles/zz-loi.md";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        copy(Path.of("content"), DATA.resolve("content"));
        write(DATA.resolve("content").resolve(BROKEN), """
                ---
                title: "Bài lỗi"
                status: maybe
                ---

                Nội dung.
                """);
        registry.add("cchc.data-dir", DATA::toString);
        registry.add("cchc.content.dir", () -> DATA.resolve("content").toString());
        registry.add("cchc.site.publish-on-start", () -> "false");
    }

    @Autowired
    MockMvcTester mvc;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
