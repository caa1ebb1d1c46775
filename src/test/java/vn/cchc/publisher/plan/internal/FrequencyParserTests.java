package vn.cchc.publisher.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;

class FrequencyParserTests {

    @Test
    void findsTheFrequencyWordsInsideADutyAndGivesWordsThatParseBack() {
        String duty = "- Định kỳ 6 tháng, năm báo cáo nội dung về tình hình, kết quả thực hiện công tác tuyên truyền"
                + " CCHC kết hợp chung với báo cáo công tác CCHC";

        FrequencyParser.Found found = FrequencyParser.find(duty, 2023).orElseThrow();

        assertThat(found.words()).isEqualTo("Định kỳ 6 tháng, năm");
        assertThat(found.rule())
                .isEqualTo(new Multiple(List.of(new PerPeriod(1, Period.HALF_YEAR), new PerPeriod(1, Period.YEAR))))
                .isEqualTo(FrequencyParser.parse(found.words(), 2023));
        assertThat(found.counted()).isFalse();
    }

    @Test
    void findsCountsAndDeadlines() {
        assertThat(FrequencyParser.find("đăng trên Trang thông tin điện tử 02 tin, bài viết hoặc video.", 2025))
                .hasValueSatisfying(found -> {
                    assertThat(found.words()).isEqualTo("02 tin, bài viết hoặc video");
                    assertThat(found.rule()).isEqualTo(new PerPeriod(2, Period.YEAR));
                    assertThat(found.counted()).isTrue();
                });
        assertThat(FrequencyParser.find(
                        "được hoàn thành và gửi về Trung tâm Y tế trong ngày 15/9/2025 (qua Phòng", 2025))
                .hasValueSatisfying(
                        found -> assertThat(found.rule()).isEqualTo(new Deadline(LocalDate.of(2025, 9, 15))));
    }

    @Test
    void ignoresTheDatesAndYearsOfCitedDocuments() {
        assertThat(FrequencyParser.find(
                        "theo kế hoạch chuyển đổi số năm 2023 và Kế hoạch số 113/KH-UBND ngày 15/5/2023 của UBND tỉnh",
                        2023))
                .isEmpty();
    }

    @Test
    void findsNothingWhereTheWordsDisagree() {
        assertThat(FrequencyParser.find("1 bài/tháng hoặc 2 bài/tháng", 2026)).isEmpty();
    }
}
