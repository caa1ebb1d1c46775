package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextLimitsTest {

    @Test
    void leavesTextWithinTheLimitAlone() {
        assertThat(TextLimits.cut("Cải cách hành chính", 19)).isEqualTo("Cải cách hành chính");
    }

    @Test
    void cutsOnAWordBoundaryAndTheEllipsisFitsTheLimit() {
        String cut = TextLimits.cut("Cải cách hành chính", 12);

        assertThat(cut).isEqualTo("Cải cách…");
        assertThat(TextLimits.length(cut)).isLessThanOrEqualTo(12);
    }

    @Test
    void keepsAWordThatEndsExactlyBeforeTheEllipsis() {
        assertThat(TextLimits.cut("Cải cách hành chính", 14)).isEqualTo("Cải cách hành…");
    }

    @Test
    void dropsPunctuationLeftBeforeTheEllipsis() {
        assertThat(TextLimits.cut("Một cửa, liên thông, hiện đại", 22)).isEqualTo("Một cửa, liên thông…");
    }

    @Test
    void cutsInsideAWordLongerThanTheLimit() {
        assertThat(TextLimits.cut("Khámchữabệnhtừxa", 6)).isEqualTo("Khámc…");
    }

    @Test
    void countsCodePointsOfTheComposedForm() {
        String decomposed = Normalizer.normalize("Chính quyền số", Normalizer.Form.NFD);

        assertThat(decomposed.length()).isGreaterThan(14);
        assertThat(TextLimits.length(decomposed)).isEqualTo(14);
        assertThat(TextLimits.cut(decomposed, 14)).isEqualTo("Chính quyền số");
    }
}
