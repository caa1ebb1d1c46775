package vn.cchc.publisher.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetIdsTests {

    @Test
    void makesStableKebabCaseIdsFromTheNumberAndTheWords() {
        TargetIds ids = new TargetIds();

        assertThat(ids.next("4.2", "Về nội dung Cải cách thể chế")).isEqualTo("t4-2-cai-cach-the-che");
        assertThat(ids.next("d3", "Định kỳ 6 tháng, năm báo cáo")).isEqualTo("d3-dinh-ky-thang-nam");
        assertThat(ids.next("5", "")).isEqualTo("t5");
    }

    @Test
    void keepsIdsUnique() {
        TargetIds ids = new TargetIds();

        assertThat(ids.next("1", "Đưa tin")).isEqualTo("t1-dua-tin");
        assertThat(ids.next("1", "Đưa tin")).isEqualTo("t1-dua-tin-2");
    }
}
