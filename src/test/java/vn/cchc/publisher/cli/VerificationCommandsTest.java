package vn.cchc.publisher.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.publisher.content.internal.TthcSource;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;

/** {@code verify URL --file} and {@code audit verify}, run in the application as the jar runs them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "--version")
@ActiveProfiles("cli")
class VerificationCommandsTest {

    @TempDir
    static Path content;

    @TempDir
    static Path data;

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @DynamicPropertySource
    static void dirs(DynamicPropertyRegistry registry) {
        registry.add("cchc.content.dir", () -> content.toString());
        registry.add("cchc.data-dir", () -> data.toString());
        registry.add("server.port", () -> "8099");
    }

    @TestConfiguration
    static class Tthc {
        @Bean
        @Primary
        TthcSource tthcSource() {
            return dir -> new TthcSource.Result(List.of(), List.of());
        }
    }

    @Autowired
    CliRunner runner;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void article() throws IOException {
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/mot-cua.md"), """
                ---
                title: Bộ phận một cửa hiện đại
                area: thu-tuc-hanh-chinh
                ---
                Từ ngày 01/3, Trung tâm đưa vào hoạt động **bộ phận một cửa** hiện đại.

                Người dân được hướng dẫn tận tình.
                """, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return runner.newCommandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true))
                .execute(args);
    }

    private void serve(String path, String body) {
        site.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withBody(
                                ("<!DOCTYPE html><html lang=\"vi\"><head><title>Bộ phận một cửa hiện đại – TTYT</title>"
                                                + "<link rel=\"canonical\" href=\"" + site.baseUrl() + path
                                                + "\"></head><body>"
                                                + "<h1 class=\"wp-block-post-title\">Bộ phận một cửa hiện đại</h1>"
                                                + "<div class=\"entry-content wp-block-post-content\">" + body
                                                + "</div></body></html>")
                                        .getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void verifyPrintsEachCheckAndPassesOnAGoodPage() {
        serve(
                "/bai/",
                "<p>Từ ngày 01/3, Trung tâm đưa vào hoạt động <strong>bộ phận một cửa</strong> hiện đại.</p>"
                        + "<p>Người dân được hướng dẫn tận tình.</p>");

        int status = run(
                "verify",
                site.baseUrl() + "/bai/",
                "--file",
                content.resolve("articles/mot-cua.md").toString());

        assertThat(stderr.toString()).isEmpty();
        assertThat(status).isZero();
        assertThat(stdout.toString().lines().toList())
                .startsWith(
                        "✓ status    trang trả về 200",
                        "✓ title     tiêu đề đúng: Bộ phận một cửa hiện đại",
                        "✓ body      đủ 2 đoạn nội dung",
                        "✓ images    bài không có ảnh",
                        "✓ canonical địa chỉ chuẩn đúng: " + site.baseUrl() + "/bai/")
                .contains("Đạt: trang hiển thị đúng bài viết.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_ledger WHERE event_type = 'verified' AND subject = ?")
                        .param("url:" + site.baseUrl() + "/bai/")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void verifyExitsOneAndNamesTheMissingParagraph() {
        serve("/thieu/", "<p>Từ ngày 01/3, Trung tâm đưa vào hoạt động bộ phận một cửa hiện đại.</p>");

        int status = run(
                "verify",
                site.baseUrl() + "/thieu/",
                "--file",
                content.resolve("articles/mot-cua.md").toString());

        assertThat(status).isEqualTo(1);
        assertThat(stdout.toString())
                .contains("✗ body      thiếu 1/2 đoạn: \"Người dân được hướng dẫn tận tình.\"")
                .contains("Không đạt: 1 kiểm tra không qua.");
    }

    @Test
    void verifyNeedsTheArticle() {
        assertThat(run("verify", site.baseUrl() + "/bai/")).isEqualTo(2);
        assertThat(stderr.toString()).contains("Missing required option: '--file=ARTICLE'");
    }

    @Autowired
    Clock clock;

    private long publishedAt(String url) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO publication (unit, content_file, channel, title, content_hash, planned_at, state,"
                        + " approval_required, queued_by, queued_at, updated_at, remote_id, remote_url, published_at)"
                        + " VALUES (?, 'articles/mot-cua.md', 'website', 'Bộ phận một cửa hiện đại', 'h', ?,"
                        + " 'verified', false, 'can.bo', ?, ?, ?, ?, ?)")
                .params("unit-" + url.hashCode(), at(now), at(now), at(now), url, url, at(now))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM publication").query(Long.class).single();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Test
    void verifyAllReverifiesThisYearsPostsOneLineEachAndExitsOneWhenOneFailed() {
        jdbc.sql("UPDATE publication SET state = 'cancelled'").update();
        serve(
                "/tot/",
                "<p>Từ ngày 01/3, Trung tâm đưa vào hoạt động <strong>bộ phận một cửa</strong> hiện đại.</p>"
                        + "<p>Người dân được hướng dẫn tận tình.</p>");
        long good = publishedAt(site.baseUrl() + "/tot/");
        long gone = publishedAt(site.baseUrl() + "/da-xoa/");

        int status = run("verify", "--all");

        assertThat(stderr.toString()).isEmpty();
        assertThat(status).isEqualTo(1);
        int year = clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(stdout.toString().lines().toList())
                .containsExactly(
                        "#" + good + "\twebsite\t" + site.baseUrl() + "/tot/\tĐạt",
                        "#" + gone + "\twebsite\t" + site.baseUrl() + "/da-xoa/\tKhông đạt (cần xử lý): Kiểm tra lại:"
                                + " bài không còn trên kênh: trang trả về mã HTTP 404",
                        "Kiểm tra lại 2 bài đã đăng năm " + year + ": 1 đạt, 1 không đạt, 0 chưa kiểm tra.");
        assertThat(jdbc.sql("SELECT state FROM publication WHERE id = ?")
                        .param(gone)
                        .query(String.class)
                        .single())
                .isEqualTo("needs_attention");
    }

    @Test
    void verifyAllSaysSoWhenTheLocalSiteIsNotServedInsteadOfFlaggingItsPages() {
        jdbc.sql("UPDATE publication SET state = 'cancelled'").update();
        long local = publishedAt("http://localhost:8099/site/tin-bai/mot-cua/");

        int status = run("verify", "--all");

        assertThat(status).isEqualTo(2);
        assertThat(stdout.toString())
                .contains("#" + local + "\twebsite\thttp://localhost:8099/site/tin-bai/mot-cua/\tChưa kiểm tra:"
                        + " trang web nội bộ http://localhost:8099/site không trả lời");
        assertThat(stderr.toString().strip())
                .isEqualTo("Không kiểm tra được các trang của trang web nội bộ: http://localhost:8099/site không trả"
                        + " lời (dịch vụ chưa chạy? Hãy chạy serve rồi thử lại).");
        assertThat(jdbc.sql("SELECT state FROM publication WHERE id = ?")
                        .param(local)
                        .query(String.class)
                        .single())
                .isEqualTo("verified");
    }

    @Test
    void verifyAllTakesNoUrl() {
        assertThat(run("verify", "--all", site.baseUrl() + "/bai/")).isEqualTo(2);
        assertThat(stderr.toString()).contains("--all takes no URL, --file or --listing");
    }

    @Test
    void auditVerifyCountsTheRowsAndNamesAnEditedOne() {
        Instant now = Instant.parse("2026-03-02T01:00:00Z");
        events.publishEvent(new PublishingEvents.Queued(
                1, "ttyt-mau", "articles/mot-cua.md", "h", Channel.WEBSITE, now, "can.bo", now));
        events.publishEvent(new PublishingEvents.Decided(1, "ttyt-mau", "h", true, null, "lanh.dao", now));
        long rows =
                jdbc.sql("SELECT COUNT(*) FROM audit_ledger").query(Long.class).single();
        long queued = jdbc.sql("SELECT seq FROM audit_ledger WHERE event_type = 'queued'")
                .query(Long.class)
                .single();

        assertThat(run("audit", "verify")).isZero();
        assertThat(stdout.toString()).startsWith("Sổ nhật ký toàn vẹn: " + rows + " dòng");

        String details = jdbc.sql("SELECT details FROM audit_ledger WHERE seq = ?")
                .param(queued)
                .query(String.class)
                .single();
        jdbc.sql("UPDATE audit_ledger SET actor = 'nguoi.khac' WHERE seq = ?")
                .param(queued)
                .update();
        try {
            assertThat(run("audit", "verify")).isEqualTo(1);
            assertThat(stderr.toString().strip())
                    .isEqualTo("Dòng " + queued + " của sổ nhật ký bị sửa: mã băm không khớp nội dung");
        } finally {
            jdbc.sql("UPDATE audit_ledger SET actor = 'can.bo', details = ? WHERE seq = ?")
                    .params(details, queued)
                    .update();
        }
    }

    @Test
    void activityAddRecordsAndListShowsIt() throws IOException {
        Path minutes = content.resolve("bien-ban.pdf");
        Files.writeString(minutes, "biên bản");

        int added = run(
                "activity",
                "add",
                "--date",
                "2026-01-15",
                "--target",
                "T5",
                "--kind",
                "lobby-tv",
                "--description",
                "Phát clip hướng dẫn dịch vụ công trực tuyến",
                "--attachment",
                minutes.toString(),
                "--unit",
                "ttyt-cli",
                "--by",
                "can.bo");
        int listed = run("activity", "list", "--unit", "ttyt-cli");

        assertThat(stderr.toString()).isEmpty();
        assertThat(added).isZero();
        assertThat(listed).isZero();
        assertThat(stdout.toString().lines().toList())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Đã ghi hoạt động #")
                        .contains("Phát clip trên màn hình sảnh, 2026-01-15, chỉ tiêu T5, tệp kèm "))
                .anySatisfy(line -> assertThat(line)
                        .contains("2026-01-15  T5         Phát clip trên màn hình sảnh: "
                                + "Phát clip hướng dẫn dịch vụ công trực tuyến ["))
                .contains("1 hoạt động.");
        try (var kept = Files.list(data.resolve("attachments"))) {
            assertThat(kept.count()).isEqualTo(1);
        }
    }

    @Test
    void activityAddRefusesAnUnknownKind() {
        int status =
                run("activity", "add", "--date", "2026-01-15", "--target", "T5", "--kind", "hop", "--description", "x");

        assertThat(status).isEqualTo(2);
        assertThat(stderr.toString())
                .contains("--kind must be one of conference, lobby-tv, poster, contest, other, not 'hop'");
    }
}
