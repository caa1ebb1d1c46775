package vn.cchc.publisher.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTests {

    @Test
    void dropsFootnoteBlocksAndFootnoteMarkers() {
        String text = String.join(
                "\n",
                "1. Tuyên truyền về CCHC1. ",
                "",
                "                                        ",
                "1Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Chỉ thị số 23/CT-TTg của ",
                "",
                "Thủ tướng Chính phủ. ",
                "2Luật Tổ chức chính quyền địa phương. ",
                " 5. Tuyên truyền cải cách tài chính công, thực hành tiết kiệm, chống lãng phí5. ");

        List<Line> lines = SourceText.lines(text);

        assertThat(lines)
                .extracting(Line::number, Line::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "1. Tuyên truyền về CCHC."),
                        org.assertj.core.groups.Tuple.tuple(2, ""),
                        org.assertj.core.groups.Tuple.tuple(
                                8,
                                " 5. Tuyên truyền cải cách tài chính công, thực hành tiết kiệm," + " chống lãng phí."));
    }

    @Test
    void aFootnoteBlockEndsWhereTheFootnotesStop() {
        String text = String.join("\n", "a", "          ", "1 Nghị quyết số 76/NQ-CP.", "STT", "Nội dung");

        assertThat(SourceText.lines(text)).extracting(Line::text).containsExactly("a", "STT", "Nội dung");
    }

    @Test
    void keepsALongRunOfSpacesThatIsNoFootnoteRule() {
        String text = String.join("\n", "a", "          ", "Nội dung");

        assertThat(SourceText.lines(text)).extracting(Line::text).containsExactly("a", "Nội dung");
    }

    @Test
    void dropsMarkupLeftByConversion() {
        assertThat(SourceText.lines("4.1\t<i>Về nội dung **Cải cách thể chế**</i>"))
                .extracting(Line::text)
                .containsExactly("4.1\tVề nội dung Cải cách thể chế");
    }
}
