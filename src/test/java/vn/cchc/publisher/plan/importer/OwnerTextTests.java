package vn.cchc.publisher.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerTextTests {

    @Test
    void listsBulletedDepartmentsWithoutSplittingTheirNames() {
        assertThat(OwnerText.tidy("- Phòng TCHC - Phòng KH-NV-ĐD")).isEqualTo("Phòng TCHC, Phòng KH-NV-ĐD");
        assertThat(OwnerText.tidy("- Phòng Hành chính - Tổng hợp - Khoa Dược"))
                .isEqualTo("Phòng Hành chính - Tổng hợp, Khoa Dược");
        assertThat(OwnerText.tidy("Phòng Hành chính - Tổng hợp.")).isEqualTo("Phòng Hành chính - Tổng hợp");
    }

    @Test
    void splitsADepartmentFromItsDuty() {
        assertThat(OwnerText.split("Phòng Tổ chức - Hành chính làm đầu mối phối hợp với các phòng"))
                .hasValueSatisfying(parts -> assertThat(parts)
                        .containsExactly("Phòng Tổ chức - Hành chính", "làm đầu mối phối hợp với các phòng"));
        assertThat(OwnerText.split("Các khoa, phòng: Căn cứ chức năng, nhiệm vụ được giao"))
                .hasValueSatisfying(parts -> assertThat(parts[0]).isEqualTo("Các khoa, phòng"));
        assertThat(OwnerText.split("Tích cực nghiên cứu, nâng cao chất lượng")).isEmpty();
    }
}
