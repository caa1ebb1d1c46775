package vn.cchc.publisher.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.PlanProposal;
import vn.cchc.publisher.plan.PlanSnapshot;
import vn.cchc.publisher.plan.ProposedTarget;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.plan.internal.PlanFileReader;

class TextPlanImporterTests {

    private final TextPlanImporter importer = new TextPlanImporter();

    @Test
    void readsATableFlattenedToOneCellPerLineInOcrTextWithoutDiacritics() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/plan/import/flat-table-ocr.txt"));

        PlanProposal proposal = importer.propose("flat-table-ocr.txt", text, null);

        assertThat(proposal.unitName()).isEqualTo("Trung tam Y te huyen Mau");
        assertThat(proposal.planNumber()).isEqualTo("15/KH-TTYT");
        assertThat(proposal.year()).isEqualTo(2026);
        assertThat(proposal.checks()).isEmpty();
        assertThat(proposal.targets())
                .extracting(ProposedTarget::owner, ProposedTarget::rule, ProposedTarget::kind, ProposedTarget::channels)
                .containsExactly(
                        tuple(
                                "Phong TC-HC",
                                new PerPeriod(1, Period.MONTH),
                                TargetKind.ARTICLE,
                                List.of(PlanChannel.WEBSITE, PlanChannel.FACEBOOK)),
                        tuple(
                                "Phong TC-HC",
                                new OneOff(DateWindow.quarter(2026, 1)),
                                TargetKind.TTHC_LISTING,
                                List.of(PlanChannel.WEBSITE)),
                        tuple(
                                "Ban Giam doc",
                                new PerPeriod(1, Period.QUARTER),
                                TargetKind.EVENT,
                                List.of(PlanChannel.EVENT)),
                        tuple("Phong KH-NV", null, TargetKind.OTHER, List.of(PlanChannel.LOUDSPEAKER)),
                        tuple(
                                "Phong TC-HC",
                                new Multiple(
                                        List.of(new PerPeriod(1, Period.HALF_YEAR), new PerPeriod(1, Period.YEAR))),
                                TargetKind.REPORT,
                                List.of()));
        assertThat(proposal.targets().get(0).task())
                .as("a cell broken over two lines is joined")
                .isEqualTo("Dang tin, bai ve CCHC tren Trang thong tin dien tu va trang Facebook cua don vi");
        assertThat(proposal.targets().get(3).frequency()).isEqualTo("Hang tuan");
        assertThat(proposal.targets().get(3).checks()).anyMatch(c -> c.contains("cannot read the frequency"));
        assertThat(proposal.targets().get(4).lines()).containsExactly(53, 54, 55, 56, 57);
        assertThat(PlanFileReader.read("plan-2026.yaml", proposal.yaml()).problems())
                .isEmpty();
    }

    @Test
    void takesTheFrequencyFromTanSuatAndTheWindowFromThoiGian() {
        String text = """
                KẾ HOẠCH tuyên truyền CCHC năm 2026 của Trung tâm Y tế Thử
                I. NHIỆM VỤ CỤ THỂ
                1. Đăng tin, bài trên Trang thông tin điện tử.
                - Đơn vị chủ trì: Phòng Tổ chức - Hành chính.
                - Tần suất: 1 bài/tháng.
                - Thời gian thực hiện: 6 tháng cuối năm 2026.
                """;

        ProposedTarget target = importer.propose("x", text, null).targets().get(0);

        assertThat(target.rule()).isEqualTo(new PerPeriod(1, Period.MONTH));
        assertThat(target.window()).isEqualTo(DateWindow.half(2026, 2));
        assertThat(target.owner()).isEqualTo("Phòng Tổ chức - Hành chính");
        assertThat(PlanFileReader.read(
                                "plan-2026.yaml",
                                importer.propose("x", text, null).yaml())
                        .plans()
                        .get(0)
                        .targets()
                        .get(0)
                        .active())
                .isEqualTo(DateWindow.half(2026, 2));
    }

    @Test
    void refusesADateOutsideThePlanYearRatherThanProposeAFileThatDoesNotLoad() {
        String text = """
                KẾ HOẠCH tuyên truyền CCHC năm 2026 của Trung tâm Y tế Thử
                I. NHIỆM VỤ CỤ THỂ
                1. Công khai thủ tục hành chính.
                - Đơn vị chủ trì: Phòng Tổ chức - Hành chính.
                - Thời gian thực hiện: Quý I/2024.
                """;

        PlanProposal proposal = importer.propose("x", text, null);

        assertThat(proposal.targets().get(0).rule()).isNull();
        assertThat(proposal.targets().get(0).checks()).anyMatch(c -> c.contains("outside the plan year 2026"));
        assertThat(PlanFileReader.read("plan-2026.yaml", proposal.yaml()).problems())
                .isEmpty();
    }

    @Test
    void needsTheYearWhenTheTextHasNone() {
        assertThatThrownBy(() -> importer.propose("notes.txt", "Không có gì.", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no plan year found in notes.txt; give it with --year");
    }

    @Test
    void aTextWithoutTasksGivesAnEmptyPlanThatStillLoads() {
        PlanProposal proposal = importer.propose("notes.txt", "Không có gì.", 2026);

        assertThat(proposal.targets()).isEmpty();
        assertThat(proposal.checks()).hasSize(3);
        PlanSnapshot loaded = PlanFileReader.read("plan-2026.yaml", proposal.yaml());
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.plans().get(0).unit().name()).isEqualTo("?");
    }

    @Test
    void quotesTextSoThatTheYamlStaysValid() {
        assertThat(ProposalWriter.quote("Tham gia \"Cuộc thi\" \\ số 1\n tiếp"))
                .isEqualTo("\"Tham gia \\\"Cuộc thi\\\" \\\\ số 1 tiếp\"");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
