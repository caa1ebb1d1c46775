package vn.cchc.publisher.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void collapsesEveryKindOfSpaceRunToOneSpaceAndTrims() {
        assertThat(VietnameseText.collapseWhitespace("  Cải\t\tcách \n\u00A0hành\u2007chính\u202F\uFEFF "))
                .isEqualTo("Cải cách hành chính");
        assertThat(VietnameseText.collapseWhitespace("một  hai")).isEqualTo("một hai");
        assertThat(VietnameseText.collapseWhitespace("một\nhai")).isEqualTo("một hai");
        assertThat(VietnameseText.collapseWhitespace("đã gọn")).isEqualTo("đã gọn");
        assertThat(VietnameseText.collapseWhitespace(" \t ")).isEmpty();
    }

    @Test
    void composesDecomposedTextAndLeavesComposedTextAsItIs() {
        String composed = "Chính quyền số";

        assertThat(VietnameseText.nfc(Normalizer.normalize(composed, Normalizer.Form.NFD)))
                .isEqualTo(composed);
        assertThat(VietnameseText.nfc(composed)).isSameAs(composed);
    }
}
