package vn.cchc.publisher.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.calendar.CalendarFixtures.clockOn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.CalendarFixtures;

class CalendarTextAndJsonTests {

    private static final Clock MARCH_20 = clockOn(LocalDate.of(2026, 3, 20));
    private static final CalendarWriters WRITERS = new CalendarWriters(CalendarFixtures.provider(MARCH_20));

    private final Calendar calendar = SampleCalendars.calendar(MARCH_20);

    @Test
    void textIsGroupedByMonthWithVietnameseStatesAndDates() {
        String text = WRITERS.text(2026, List.of(calendar));

        assertThat(text)
                .startsWith("LỊCH BIÊN TẬP CCHC NĂM 2026\n"
                        + "Trung tâm Y tế huyện Mẫu – Kế hoạch số 01/KH-TTYT (ttyt-mau)\n"
                        + "Ngày 20/03/2026, múi giờ Asia/Ho_Chi_Minh\n")
                .contains("\nThường xuyên\n              Thường xuyên  Tuyên truyền trực quan thường xuyên năm 2026")
                .contains("\nTháng 1/2026\n  31/01/2026  Bỏ lỡ         Tin bài CCHC tháng 1/2026 – ")
                .contains("\n  31/03/2026  Sẵn sàng      Tin bài CCHC tháng 3/2026 – ")
                .contains("\n                            Bài: articles/mot-cua.md – Một cửa liên thông giúp người dân"
                        + " tiết kiệm thời gian (sẵn sàng)\n")
                .contains("\n  31/03/2026  Thiếu bài     Công khai TTHC quý I/2026 – Cải cách thủ tục hành chính"
                        + " [Phòng Tổ chức - Hành chính]\n")
                .contains("\n  30/06/2026  Còn trống     Bài gửi báo, đài 6 tháng đầu năm 2026 – ")
                .contains("\nTổng cộng 24 mục: Còn trống 17, Đã có bài 1, Sẵn sàng 1, Bỏ lỡ 2, Thiếu bài 2,"
                        + " Thường xuyên 1.\n")
                .endsWith("\nBài chưa xếp vào lịch (1)\n"
                        + "  articles/lac-de.md – Bài cho chỉ tiêu không có: Chỉ tiêu ghi trong bài không có trong"
                        + " kế hoạch (chỉ tiêu khong-co)\n");
        assertThat(text.indexOf("Tháng 3/2026")).isLessThan(text.indexOf("Tháng 4/2026"));
        assertThat(text.indexOf("Tháng 9/2026")).isLessThan(text.indexOf("Tháng 10/2026"));
    }

    @Test
    void textSaysSoWhenThereIsNoPlan() {
        assertThat(WRITERS.text(2031, List.of())).isEqualTo("Không có kế hoạch nào cho năm 2031.\n");
    }

    @Test
    void jsonHasEverySlotWithIdsDatesStateAndContent() {
        JsonNode root = JsonMapper.builder().build().readTree(WRITERS.json(2026, List.of(calendar)));

        assertThat(root.get("year").asInt()).isEqualTo(2026);
        JsonNode cal = root.get("calendars").get(0);
        assertThat(cal.get("plan").asString()).isEqualTo("ttyt-mau-2026");
        assertThat(cal.get("unit").asString()).isEqualTo("ttyt-mau");
        assertThat(cal.get("today").asString()).isEqualTo("2026-03-20");
        assertThat(cal.get("counts").get("gap").asInt()).isEqualTo(2);
        assertThat(cal.get("slots")).hasSize(calendar.slots().size());

        JsonNode march = cal.get("slots").get(2);
        assertThat(march.get("id").asString()).isEqualTo("ttyt-mau-2026/web-monthly/2026-03");
        assertThat(march.get("kind").asString()).isEqualTo("article");
        assertThat(march.get("from").asString()).isEqualTo("2026-03-01");
        assertThat(march.get("due").asString()).isEqualTo("2026-03-31");
        assertThat(march.get("state").asString()).isEqualTo("ready");
        assertThat(march.get("stateLabel").asString()).isEqualTo("Sẵn sàng");
        assertThat(march.get("area").isNull()).isTrue();
        assertThat(march.get("content").get(0).get("file").asString()).isEqualTo("articles/mot-cua.md");
        assertThat(march.get("content").get(0).get("publication").isNull()).isTrue();

        JsonNode area = cal.get("slots").get(3);
        assertThat(area.get("area").asString()).isEqualTo("the-che");
        assertThat(area.get("channels").get(1).asString()).isEqualTo("facebook");

        JsonNode unassigned = cal.get("unassigned").get(0);
        assertThat(unassigned.get("file").asString()).isEqualTo("articles/lac-de.md");
        assertThat(unassigned.get("reason").asString()).isEqualTo("unknown-target");
        assertThat(unassigned.get("target").asString()).isEqualTo("khong-co");
    }
}
