package vn.cchc.publisher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.internal.TthcSource;

/** The {@code draft} and {@code check} commands, run in the application as the jar runs them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "--version")
@ActiveProfiles("cli")
class ContentCommandsTest {

    @TempDir
    static Path content;

    @TempDir
    Path out;

    static List<ContentProblem> tthcProblems = List.of();

    @DynamicPropertySource
    static void contentDir(DynamicPropertyRegistry registry) {
        registry.add("cchc.content.dir", () -> content.toString());
        registry.add("server.port", () -> "8099");
    }

    @TestConfiguration
    static class Tthc {
        @Bean
        @Primary
        TthcSource tthcSource() {
            return dir -> new TthcSource.Result(List.of(), tthcProblems);
        }
    }

    @Autowired
    CliRunner runner;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void cleanContent() throws IOException {
        tthcProblems = List.of();
        Path articles = content.resolve("articles");
        if (Files.isDirectory(articles)) {
            try (var files = Files.walk(articles)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(articles.resolve("img"));
        Files.write(articles.resolve("img/bia.jpg"), new byte[] {1, 2, 3});
    }

    private int run(String... args) {
        return runner.newCommandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true))
                .execute(args);
    }

    private static void write(String file, String text) throws IOException {
        Files.writeString(content.resolve(file), text, StandardCharsets.UTF_8);
    }

    @Test
    void draftWritesTheThreeChannelVersionsAndPrintsTheirPaths() throws IOException {
        write("articles/mot-cua.md", """
                ---
                title: Bộ phận một cửa hiện đại
                area: thu-tuc-hanh-chinh
                summary: Người dân được phục vụ tốt hơn.
                cover: img/bia.jpg
                ---
                Nội dung **chính**.

                <script>alert(1)</script>
                """);

        int status = run("draft", content.resolve("articles/mot-cua.md").toString(), "--out", out.toString());

        assertThat(stderr.toString()).isEmpty();
        assertThat(status).isZero();
        Path dir = out.resolve("bo-phan-mot-cua-hien-dai");
        assertThat(stdout.toString().lines())
                .containsExactly(
                        dir.resolve("website.html").toString(),
                        dir.resolve("facebook.txt").toString(),
                        dir.resolve("zalo.json").toString());

        Document page = Jsoup.parse(dir.resolve("website.html").toFile(), "UTF-8");
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
        assertThat(page.title()).isEqualTo("Bộ phận một cửa hiện đại");
        assertThat(page.select("article strong").text()).isEqualTo("chính");
        assertThat(page.select("article script")).isEmpty();

        String facebook = Files.readString(dir.resolve("facebook.txt"), StandardCharsets.UTF_8);
        assertThat(facebook)
                .startsWith("Bộ phận một cửa hiện đại\n\nNgười dân được phục vụ tốt hơn.\n\n")
                .contains("http://localhost:8099/site/tin-bai/bo-phan-mot-cua-hien-dai/")
                .contains("#CaiCachThuTucHanhChinh");

        JsonNode zalo =
                JsonMapper.builder().build().readTree(dir.resolve("zalo.json").toFile());
        assertThat(zalo.get("type").asString()).isEqualTo("normal");
        assertThat(zalo.get("cover").get("photo_url").asString())
                .isEqualTo("http://localhost:8099/site/media/articles/img/bia.jpg");
        assertThat(Files.readString(dir.resolve("zalo.json"))).contains("\n  \"title\"");
    }

    @Test
    void draftListsTheProblemsAndExitsOne() throws IOException {
        write("articles/hong.md", "---\ntitle: Hỏng\npublish_at: 31/12/2026\ncover: img/khong.jpg\n---\n");

        int status = run("draft", content.resolve("articles/hong.md").toString(), "--out", out.toString());

        assertThat(status).isEqualTo(1);
        assertThat(stderr.toString().lines())
                .containsExactly(
                        "articles/hong.md:3: publish_at: ngày \"31/12/2026\" sai định dạng; dùng yyyy-MM-dd hoặc"
                                + " yyyy-MM-ddTHH:mm (giờ Việt Nam), ví dụ 2026-03-01 hoặc 2026-03-01T08:00",
                        "articles/hong.md:4: cover: không tìm thấy ảnh \"img/khong.jpg\" (đã tìm"
                                + " articles/img/khong.jpg); kiểm tra tên tệp và thư mục ảnh");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void draftOfAMissingFileExitsOne() {
        assertThat(run("draft", content.resolve("articles/khong-co.md").toString()))
                .isEqualTo(1);
        assertThat(stderr.toString())
                .contains("articles/khong-co.md:1: file: không có tệp này; kiểm tra tên và đường dẫn");
    }

    @Test
    void checkPrintsEveryProblemAndExitsOne() throws IOException {
        write("articles/a.md", "---\ntitle: A\n---\n");
        write("articles/b.md", "---\ntitle: B\nchannels: [web]\n---\n");
        tthcProblems = List.of(
                new ContentProblem("tthc/1.yaml", 4, "code", "missing", "thiếu trường này; mọi thủ tục đều cần có"));

        int status = run("check");

        assertThat(status).isEqualTo(1);
        assertThat(stdout.toString().lines())
                .containsExactly(
                        "articles/b.md:3: channels: kênh \"web\" không có; các kênh là: website, facebook, zalo",
                        "tthc/1.yaml:4: code: thiếu trường này; mọi thủ tục đều cần có",
                        "Có 2 vấn đề trong 2 tệp; 1 bài viết và 0 thủ tục hành chính hợp lệ.");
    }

    @Test
    void checkSaysOkWithCountsAndExitsZero() throws IOException {
        write("articles/a.md", "---\ntitle: A\n---\n");
        write("articles/b.md", "---\ntitle: B\ncover: img/bia.jpg\n---\n");

        int status = run("check");

        assertThat(status).isZero();
        assertThat(stdout.toString().lines())
                .containsExactly("Nội dung hợp lệ: 2 bài viết, 0 thủ tục hành chính, không có lỗi.");
    }
}
