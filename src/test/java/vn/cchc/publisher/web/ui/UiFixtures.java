package vn.cchc.publisher.web.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.cchc.publisher.calendar.SettableClock;

/** Plan files and page parsing shared by the page tests. */
final class UiFixtures {

    private UiFixtures() {}

    /** The clock at 20/03/2026 12:00 in Vietnam. */
    @TestConfiguration
    static class TwentiethOfMarch {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock("2026-03-20T05:00:00Z");
        }
    }

    /**
     * Two units' 2026 plans under {@code dir}: {@code ttyt-mau} (targets {@code web-monthly} and
     * {@code hoi-nghi}) and {@code ttyt-khac} ({@code pano}); the data directory beside them.
     */
    static void twoUnits(Path dir, DynamicPropertyRegistry registry) throws IOException {
        Files.writeString(
                dir.resolve("plan-2026-mau.yaml"),
                plan("ttyt-mau", "Trung tâm Y tế huyện Mẫu", "web-monthly", "hoi-nghi"));
        Files.writeString(
                dir.resolve("plan-2026-khac.yaml"), plan("ttyt-khac", "Bệnh viện Đa khoa Khác", "pano", "clip-sanh"));
        registry.add("cchc.plan.dir", dir::toString);
        registry.add("cchc.data-dir", () -> dir.resolve("data").toString());
        registry.add("cchc.site.publish-on-start", () -> "false");
    }

    private static String plan(String unit, String name, String online, String offline) {
        return """
                unit:
                  name: "%s"
                  id: %s
                plan_number: "01/KH-TTYT"
                year: 2026
                targets:
                  - id: %s
                    task: "Đưa tin, bài viết về công tác CCHC lên Trang thông tin điện tử"
                    owner: "Phòng Tổ chức - Hành chính"
                    channels: [website]
                    kind: article
                    frequency: "Hàng tháng"
                  - id: %s
                    task: "Tổ chức hội nghị tuyên truyền CCHC"
                    owner: "Phòng Tổ chức - Hành chính"
                    kind: event
                    frequency: "Hàng quý"
                """.formatted(name, unit, online, offline);
    }

    /** The page of a response, parsed. */
    static Document html(MvcTestResult result) {
        return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
