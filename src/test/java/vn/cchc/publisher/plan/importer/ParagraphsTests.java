package vn.cchc.publisher.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTests {

    @Test
    void joinsLinesThatExtractionBrokeApartAcrossBlankLines() {
        String text = String.join(
                "\n",
                "KẾ HOẠCH",
                "",
                "Thực hiện Kế hoạch số 695/KH-SYT của Sở Y tế tỉnh ",
                "",
                "Quảng Ngãi về tuyên truyền công tác cải cách hành chính. ",
                "1. Cập nhật, công khai các TTHC thuộc thẩm quyền ",
                "",
                "giải quyết của Trung tâm Y tế. ",
                "- Đơn vị chủ trì: Phòng Hành chính - Tổng hợp, Phòng Kế hoạch - Nghiệp ",
                "",
                "vụ - Điều dưỡng. ",
                "4. Phòng Kế hoạch Tài chính ",
                "Chủ trì, phối hợp các phòng thuộc Sở.");

        assertThat(Paragraphs.of(SourceText.lines(text)))
                .extracting(Para::text, Para::lines)
                .containsExactly(
                        tuple("KẾ HOẠCH", java.util.List.of(1)),
                        tuple(
                                "Thực hiện Kế hoạch số 695/KH-SYT của Sở Y tế tỉnh Quảng Ngãi về tuyên truyền công tác cải"
                                        + " cách hành chính.",
                                java.util.List.of(3, 5)),
                        tuple(
                                "1. Cập nhật, công khai các TTHC thuộc thẩm quyền giải quyết của Trung tâm Y tế.",
                                java.util.List.of(6, 8)),
                        tuple(
                                "- Đơn vị chủ trì: Phòng Hành chính - Tổng hợp, Phòng Kế hoạch - Nghiệp vụ - Điều dưỡng.",
                                java.util.List.of(9, 11)),
                        tuple("4. Phòng Kế hoạch Tài chính", java.util.List.of(12)),
                        tuple("Chủ trì, phối hợp các phòng thuộc Sở.", java.util.List.of(13)));
    }

    @Test
    void keepsEachTableRowApart() {
        String text = "1.\tĐưa tin\tPhòng TCHC\tThường xuyên\n2.\tCuộc thi\tPhòng TCHC\tTháng 9/2026";

        assertThat(Paragraphs.of(SourceText.lines(text))).hasSize(2);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
