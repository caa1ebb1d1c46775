package vn.cchc.publisher.audit.report;

import static vn.cchc.publisher.calendar.CalendarFixtures.article;
import static vn.cchc.publisher.calendar.CalendarFixtures.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.cchc.publisher.audit.ActivityKind;
import vn.cchc.publisher.audit.NewOfflineActivity;
import vn.cchc.publisher.audit.OfflineActivities;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.shared.Area;

/**
 * A sample quarter, 2026-Q1, seen on 5 April 2026: the plan of {@code ttyt-mau} (six targets: a monthly website
 * article, a quarterly item per area, the TTHC listing, ongoing Facebook posts, a quarterly conference, a
 * half-yearly report) and of {@code ttyt-khac} (one monthly target, nothing done); publications in every state.
 */
public final class ReportFixtures {

    /** Seen on 5 April 2026, 10:00 in Vietnam: the first quarter is over. */
    public static final String NOW = "2026-04-05T03:00:00Z";

    public static final String SITE = "https://ttyt-mau.example.vn/tin-bai/";
    public static final String WEB_TASK = "Đưa tin, bài viết về CCHC lên Trang thông tin điện tử";
    public static final String EXPLANATION = "Bài tháng 3 lỗi hiển thị ảnh, đã sửa ngày 02/04/2026";
    public static final String CONFERENCE = "Hội nghị tuyên truyền CCHC cho 80 viên chức";
    public static final String SHA_JAN = "2".repeat(64);
    public static final String SHA_THE_CHE = "b".repeat(64);
    public static final String SHA_TTHC = "c".repeat(64);
    public static final String SHA_LISTING = "d".repeat(64);

    private ReportFixtures() {}

    static final String MAU_PLAN = """
            unit:
              name: "Trung tâm Y tế huyện Mẫu"
              id: ttyt-mau
            plan_number: "01/KH-TTYT"
            year: 2026
            targets:
              - id: web-monthly
                task: "Đưa tin, bài viết về CCHC lên Trang thông tin điện tử"
                owner: "Phòng Tổ chức - Hành chính"
                kind: article
                channels: [website]
                frequency: "1 tin, bài/ tháng"
              - id: quarterly-area
                task: "Tin, bài theo từng lĩnh vực cải cách"
                owner: "Phòng Kế hoạch - Nghiệp vụ"
                kind: article
                channels: [website]
                areas: [the-che, thu-tuc-hanh-chinh]
                per_area: true
                frequency: "Hàng quý"
              - id: tthc
                task: "Công khai bộ thủ tục hành chính"
                owner: "Bộ phận Một cửa"
                kind: tthc-listing
                frequency: "Định kỳ 01 lần/quý"
              - id: facebook
                task: "Đăng tin CCHC trên Trang Facebook"
                owner: "Phòng Tổ chức - Hành chính"
                kind: article
                channels: [facebook]
                frequency: "Thường xuyên"
              - id: hoi-nghi
                task: "Tổ chức hội nghị tuyên truyền CCHC"
                owner: "Ban Giám đốc"
                kind: event
                frequency: "Thực hiện ít nhất 01 buổi/ quý"
              - id: bao-cao
                task: "Báo cáo kết quả CCHC"
                owner: "Phòng Tổ chức - Hành chính"
                kind: report
                frequency: "Định kỳ 6 tháng, năm"
            """;

    static final String KHAC_PLAN = """
            unit:
              name: "Trung tâm Y tế huyện Khác"
              id: ttyt-khac
            plan_number: "02/KH-TTYT"
            year: 2026
            targets:
              - id: khac-web
                task: "Tin, bài CCHC hằng tháng"
                owner: "Phòng Tổ chức - Hành chính"
                kind: article
                channels: [website]
                frequency: "Hàng tháng"
            """;

    /** Writes both plans into {@code dir} and points the application at it. */
    public static void properties(DynamicPropertyRegistry registry, Path dir) {
        try {
            Files.writeString(dir.resolve("plan-2026-mau.yaml"), MAU_PLAN);
            Files.writeString(dir.resolve("plan-2026-khac.yaml"), KHAC_PLAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("cchc.plan.dir", dir::toString);
        registry.add("cchc.data-dir", () -> dir.resolve("data").toString());
        registry.add("cchc.site.publish-on-start", () -> "false");
        registry.add("spring.quartz.auto-startup", () -> "false");
    }

    /** The content directory's articles. */
    public static ContentSnapshot content() {
        return new ContentSnapshot(
                articles(
                        article("jan")
                                .title("Một cửa tháng 1")
                                .target("web-monthly")
                                .area(Area.THU_TUC_HANH_CHINH)
                                .publishAt("2026-01-10T08:00")
                                .ready(),
                        article("feb")
                                .title("Thể chế tháng 2")
                                .target("web-monthly")
                                .area(Area.THE_CHE)
                                .publishAt("2026-02-10T08:00")
                                .ready(),
                        article("mar")
                                .title("Tin tháng 3")
                                .target("web-monthly")
                                .publishAt("2026-03-10T08:00")
                                .ready(),
                        article("apr")
                                .title("Tin tháng 4")
                                .target("web-monthly")
                                .publishAt("2026-04-01T00:30")
                                .ready(),
                        article("q1-the-che")
                                .title("Văn bản mới quý I")
                                .target("quarterly-area")
                                .area(Area.THE_CHE)
                                .publishAt("2026-02-15T08:00")
                                .ready(),
                        article("q1-tthc")
                                .title("Dịch vụ công quý I")
                                .target("quarterly-area")
                                .area(Area.THU_TUC_HANH_CHINH)
                                .publishAt("2026-03-15T08:00")
                                .ready(),
                        article("tthc")
                                .title("Bộ thủ tục hành chính cập nhật")
                                .target("tthc")
                                .publishAt("2026-01-05T08:00")
                                .ready(),
                        article("fb")
                                .title("Lịch tiếp công dân")
                                .target("facebook")
                                .publishAt("2026-03-20T08:00")
                                .ready()),
                List.of(),
                List.of());
    }

    /** Publications in every state, their attempts and their verifications, through the tables. */
    public static void publications(JdbcClient jdbc) {
        jdbc.sql("delete from verification").update();
        jdbc.sql("delete from publication_attempt").update();
        jdbc.sql("delete from publication").update();
        jdbc.sql("delete from report_explanation").update();
        jdbc.sql("delete from offline_activity").update();
        // first published in January, updated in April: counts in the first quarter
        publication(jdbc, 1, "jan", "website", "Một cửa tháng 1", "verified", "2026-04-03T02:00:00Z", SITE + "jan/");
        attempt(jdbc, 1, 1, "2026-01-10T01:00:00Z");
        attempt(jdbc, 1, 2, "2026-04-03T02:00:00Z");
        verification(jdbc, 1, true, "2026-01-10T01:01:00Z", "1".repeat(64));
        verification(jdbc, 1, true, "2026-04-03T02:01:00Z", SHA_JAN);
        // the same article on Facebook: not a channel of its target, but counted on the Facebook page
        publication(
                jdbc,
                2,
                "jan",
                "facebook",
                "Một cửa tháng 1",
                "published",
                "2026-01-10T01:05:00Z",
                "https://fb.test/1_2");
        // published, never verified
        publication(jdbc, 3, "feb", "website", "Thể chế tháng 2", "published", "2026-02-10T01:00:00Z", SITE + "feb/");
        // published, then the check failed: needs attention
        publication(jdbc, 4, "mar", "website", "Tin tháng 3", "needs_attention", "2026-03-10T01:00:00Z", SITE + "mar/");
        verification(jdbc, 4, false, "2026-03-10T01:01:00Z", "e".repeat(64));
        publication(
                jdbc,
                5,
                "q1-the-che",
                "website",
                "Văn bản mới quý I",
                "verified",
                "2026-02-15T01:00:00Z",
                SITE + "q1-the-che/");
        verification(jdbc, 5, true, "2026-02-15T01:01:00Z", SHA_THE_CHE);
        publication(
                jdbc,
                6,
                "q1-tthc",
                "website",
                "Dịch vụ công quý I",
                "verified",
                "2026-03-15T01:00:00Z",
                SITE + "q1-tthc/");
        verification(jdbc, 6, true, "2026-03-15T01:01:00Z", SHA_TTHC);
        publication(
                jdbc,
                7,
                "tthc",
                "website",
                "Bộ thủ tục hành chính cập nhật",
                "verified",
                "2026-01-05T01:00:00Z",
                SITE + "tthc/");
        verification(jdbc, 7, true, "2026-01-05T01:01:00Z", SHA_LISTING);
        publication(
                jdbc,
                8,
                "fb",
                "facebook",
                "Lịch tiếp công dân",
                "verified",
                "2026-03-20T01:00:00Z",
                "https://fb.test/1_8");
        verification(jdbc, 8, true, "2026-03-20T01:01:00Z", null);
        // 00:30 on 1 April in Vietnam: the second quarter
        publication(jdbc, 9, "apr", "website", "Tin tháng 4", "verified", "2026-03-31T17:30:00Z", SITE + "apr/");
        verification(jdbc, 9, true, "2026-03-31T17:31:00Z", "f".repeat(64));
        // withdrawn from the website: never counts
        publication(jdbc, 10, "huy", "website", "Bài đã gỡ", "cancelled", "2026-03-01T01:00:00Z", SITE + "huy/");
    }

    /** The conference of 15 March, with its photo. */
    public static void conference(OfflineActivities activities, Path dir) {
        try {
            Path photo = Files.write(dir.resolve("hoi-nghi.jpg"), new byte[] {1, 2, 3});
            activities.record(new NewOfflineActivity(
                    "ttyt-mau",
                    LocalDate.of(2026, 3, 15),
                    "hoi-nghi",
                    ActivityKind.CONFERENCE,
                    CONFERENCE,
                    photo,
                    "can.bo"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the conference's photo is kept under: its SHA-256 and extension. */
    public static final String PHOTO = "039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81.jpg";

    private static void publication(
            JdbcClient jdbc, long id, String name, String channel, String title, String state, String at, String url) {
        OffsetDateTime time = OffsetDateTime.parse(at);
        jdbc.sql("insert into publication (id, unit, content_file, channel, title, content_hash, planned_at, state,"
                        + " approval_required, queued_by, queued_at, remote_id, remote_url, published_at, updated_at)"
                        + " values (?, 'ttyt-mau', ?, ?, ?, 'h', ?, ?, true, 'can.bo', ?, ?, ?, ?, ?)")
                .params(
                        id,
                        "articles/" + name + ".md",
                        channel,
                        title,
                        time,
                        state,
                        time,
                        "remote-" + id,
                        url,
                        time,
                        time)
                .update();
    }

    private static void attempt(JdbcClient jdbc, long publication, int number, String at) {
        OffsetDateTime time = OffsetDateTime.parse(at);
        jdbc.sql("insert into publication_attempt (publication_id, number, operation, instance, started_at,"
                        + " finished_at, outcome) values (?, ?, ?, 'test', ?, ?, 'published')")
                .params(publication, number, number == 1 ? "create" : "update", time, time)
                .update();
    }

    static void verification(JdbcClient jdbc, long publication, boolean passed, String at, @Nullable String sha) {
        jdbc.sql(
                        "insert into verification (publication_id, unit, kind, url, redirects, passed, http_status,"
                                + " fetched_at, duration_ms, sha256, checks) values (?, 'ttyt-mau', ?, ?, '[]', ?, ?, ?, 5, ?, '[]')")
                .params(
                        publication,
                        sha == null ? "read-back" : "page",
                        "https://x.test/" + publication,
                        passed,
                        sha == null ? null : 200,
                        OffsetDateTime.parse(at),
                        sha)
                .update();
    }
}
