package vn.cchc.publisher.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.PlanProposal;
import vn.cchc.publisher.plan.PlanSnapshot;
import vn.cchc.publisher.plan.ProposedTarget;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.plan.internal.PlanFileReader;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * The import of the three real plans in {@code ../shared/seeds}, against the targets read from each plan
 * by hand. Skipped when the seeds are not there.
 */
class SeedImportTests {

    private static final Path SEEDS = Path.of("../shared/seeds");

    private static final FrequencyRule ONGOING = new Ongoing();
    private static final PerPeriod QUARTERLY = new PerPeriod(1, Period.QUARTER);
    private static final PerPeriod YEARLY = new PerPeriod(1, Period.YEAR);
    private static final List<PlanChannel> WEBSITE = List.of(PlanChannel.WEBSITE);
    private static final List<PlanChannel> EVENT = List.of(PlanChannel.EVENT);
    private static final List<PlanChannel> NONE = List.of();

    /**
     * A target as read from the plan by hand.
     *
     * @param id the start of its id: the plan's number for it ("t4-2") or its duty number ("d7")
     * @param rule null where the plan gives nothing the parser should read (the officer must fill it in)
     */
    record Expected(
            String id,
            String owner,
            @Nullable FrequencyRule rule,
            TargetKind kind,
            List<PlanChannel> channels,
            List<Area> areas) {}

    record Seed(String file, String unit, int year, List<Expected> targets) {

        @Override
        public String toString() {
            return file;
        }
    }

    private static final String TCHC_KHNV = "Phòng TCHC, Phòng KH-NV-ĐD";
    private static final String CHUC_NANG = "Các phòng chức năng";

    /** Phù Cát 2026: the "Phụ lục" table, tab-separated, with group row 4 and merged cells in 4.1–4.6. */
    static final Seed PHU_CAT = new Seed(
            "plan-ttyt-phu-cat-2026.txt",
            "Trung tâm Y tế Phù Cát",
            2026,
            List.of(
                    new Expected("t1-", TCHC_KHNV, ONGOING, TargetKind.EVENT, EVENT, List.of()),
                    new Expected(
                            "t2-",
                            TCHC_KHNV,
                            ONGOING,
                            TargetKind.EVENT,
                            EVENT,
                            List.of(Area.CHINH_QUYEN_SO, Area.CHI_SO)),
                    new Expected("t3-", TCHC_KHNV, ONGOING, TargetKind.ARTICLE, WEBSITE, List.of()),
                    new Expected(
                            "t4-1-",
                            CHUC_NANG,
                            QUARTERLY,
                            TargetKind.ARTICLE,
                            WEBSITE,
                            List.of(Area.THU_TUC_HANH_CHINH, Area.CHI_DAO_DIEU_HANH)),
                    new Expected("t4-2-", CHUC_NANG, QUARTERLY, TargetKind.ARTICLE, WEBSITE, List.of(Area.THE_CHE)),
                    new Expected(
                            "t4-3-",
                            CHUC_NANG,
                            QUARTERLY,
                            TargetKind.ARTICLE,
                            WEBSITE,
                            List.of(Area.TO_CHUC_BO_MAY, Area.CHE_DO_CONG_VU)),
                    new Expected(
                            "t4-4-", CHUC_NANG, QUARTERLY, TargetKind.ARTICLE, WEBSITE, List.of(Area.TAI_CHINH_CONG)),
                    new Expected(
                            "t4-5-", CHUC_NANG, QUARTERLY, TargetKind.ARTICLE, WEBSITE, List.of(Area.CHINH_QUYEN_SO)),
                    new Expected(
                            "t4-6-", CHUC_NANG, QUARTERLY, TargetKind.ARTICLE, WEBSITE, List.of(Area.KET_QUA_CCHC)),
                    new Expected("t5-", TCHC_KHNV, ONGOING, TargetKind.VISUAL, List.of(PlanChannel.POSTER), List.of()),
                    new Expected(
                            "t6-",
                            TCHC_KHNV,
                            new OneOff(DateWindow.month(2026, 9)),
                            TargetKind.CONTEST,
                            EVENT,
                            List.of()),
                    new Expected(
                            "d1-",
                            "Phòng Tổ chức - Hành chính",
                            new Multiple(List.of(QUARTERLY, YEARLY)),
                            TargetKind.REPORT,
                            NONE,
                            List.of())));

    private static final String HC_TH = "Phòng Hành chính - Tổng hợp";
    private static final String KH_NV = "Phòng Kế hoạch - Nghiệp vụ - Điều dưỡng - Truyền thông và Giáo dục sức khoẻ";
    private static final String KHOA_PHONG = "Các khoa, phòng và các đơn vị y tế thuộc Trung tâm Y tế";

    /** Tu Mơ Rông 2025: "Các nhiệm vụ cụ thể" as a numbered list with labelled lines, broken lines everywhere. */
    static final Seed TU_MO_RONG = new Seed(
            "plan-ttyt-tu-mo-rong-2025.txt",
            "Trung tâm Y tế Tu Mơ Rông",
            2025,
            List.of(
                    new Expected(
                            "t1-",
                            HC_TH + ", " + KH_NV.replace("khoẻ", "khỏe"),
                            ONGOING,
                            TargetKind.TTHC_LISTING,
                            WEBSITE,
                            List.of(Area.THU_TUC_HANH_CHINH)),
                    new Expected(
                            "t2-",
                            HC_TH + ", " + KH_NV.replace("khoẻ", "khỏe"),
                            ONGOING,
                            TargetKind.ARTICLE,
                            WEBSITE,
                            List.of()),
                    new Expected(
                            "t3-",
                            KH_NV,
                            new PerPeriod(2, Period.YEAR),
                            TargetKind.ARTICLE,
                            List.of(PlanChannel.WEBSITE, PlanChannel.PRESS),
                            List.of()),
                    new Expected("t4-", HC_TH, new OnDemand(), TargetKind.EVENT, EVENT, List.of()),
                    new Expected("t5-", KH_NV, ONGOING, TargetKind.ARTICLE, WEBSITE, List.of()),
                    new Expected("d4-", HC_TH, null, TargetKind.REPORT, NONE, List.of()),
                    new Expected("d5-", KH_NV, new PerPeriod(2, Period.YEAR), TargetKind.ARTICLE, WEBSITE, List.of()),
                    new Expected(
                            "d7-",
                            KHOA_PHONG,
                            new Deadline(LocalDate.of(2025, 9, 15)),
                            TargetKind.OTHER,
                            NONE,
                            List.of()),
                    new Expected("d9-", KHOA_PHONG, null, TargetKind.REPORT, NONE, List.of())));

    private static final String VP = "Văn phòng Sở";
    private static final String TCCB = "Phòng Tổ chức cán bộ";
    private static final String NVY = "Phòng Nghiệp vụ Y";
    private static final String KHTC = "Phòng Kế hoạch Tài chính";
    private static final String OTHERS = "Các phòng chuyên môn khác và các đơn vị trực thuộc Sở";
    private static final List<PlanChannel> NOTICE_BOARD = List.of(PlanChannel.NOTICE_BOARD);
    private static final List<Area> TTHC = List.of(Area.THU_TUC_HANH_CHINH);

    /** Sở Y tế Phú Yên 2023: no task table, so the duties of "Tổ chức thực hiện" are the targets; footnotes. */
    static final Seed PHU_YEN = new Seed(
            "plan-so-y-te-phu-yen-2023.txt",
            "Sở Y tế tỉnh Phú Yên",
            2023,
            List.of(
                    new Expected("d1-", VP, null, TargetKind.REPORT, NONE, List.of()),
                    new Expected("d2-", VP, null, TargetKind.TTHC_LISTING, NOTICE_BOARD, TTHC),
                    new Expected("d3-", VP, null, TargetKind.OTHER, NONE, List.of(Area.CHINH_QUYEN_SO)),
                    new Expected("d4-", VP, null, TargetKind.ARTICLE, WEBSITE, List.of()),
                    new Expected("d5-", VP, null, TargetKind.ARTICLE, WEBSITE, TTHC),
                    new Expected("d6-", VP, ONGOING, TargetKind.OTHER, NONE, List.of()),
                    new Expected(
                            "d7-",
                            TCCB,
                            null,
                            TargetKind.ARTICLE,
                            WEBSITE,
                            List.of(Area.TO_CHUC_BO_MAY, Area.CHE_DO_CONG_VU)),
                    new Expected("d8-", TCCB, YEARLY, TargetKind.OTHER, NONE, List.of(Area.KET_QUA_CCHC)),
                    new Expected("d9-", NVY, ONGOING, TargetKind.OTHER, NONE, List.of(Area.CHI_SO)),
                    new Expected("d10-", NVY, YEARLY, TargetKind.ARTICLE, WEBSITE, List.of(Area.CHI_SO)),
                    new Expected("d11-", KHTC, null, TargetKind.ARTICLE, WEBSITE, List.of(Area.TAI_CHINH_CONG)),
                    new Expected(
                            "d12-",
                            OTHERS,
                            null,
                            TargetKind.TTHC_LISTING,
                            NOTICE_BOARD,
                            List.of(Area.THU_TUC_HANH_CHINH, Area.CHE_DO_CONG_VU)),
                    new Expected("d13-", OTHERS, null, TargetKind.ARTICLE, WEBSITE, TTHC),
                    new Expected("d14-", OTHERS, ONGOING, TargetKind.ARTICLE, WEBSITE, List.of()),
                    new Expected(
                            "d15-",
                            OTHERS,
                            new Multiple(List.of(new PerPeriod(1, Period.HALF_YEAR), YEARLY)),
                            TargetKind.REPORT,
                            NONE,
                            List.of())));

    static Stream<Seed> seeds() {
        return Stream.of(PHU_CAT, TU_MO_RONG, PHU_YEN);
    }

    private final TextPlanImporter importer = new TextPlanImporter();

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void findsTheTargetsReadByHand(Seed seed) throws IOException {
        PlanProposal proposal = importer.propose(seed.file(), read(seed), null);

        assertThat(proposal.unitName()).isEqualTo(seed.unit());
        assertThat(proposal.year()).isEqualTo(seed.year());
        assertThat(proposal.planNumber()).isEqualTo(TextPlanImporter.UNKNOWN_NUMBER);
        assertThat(proposal.checks()).anyMatch(check -> check.contains("plan's number"));
        assertThat(proposal.targets()).hasSize(seed.targets().size());
        for (int i = 0; i < seed.targets().size(); i++) {
            Expected expected = seed.targets().get(i);
            ProposedTarget actual = proposal.targets().get(i);
            assertThat(actual.id()).as("id of target %d", i + 1).startsWith(expected.id());
            assertThat(actual)
                    .as(actual.id())
                    .extracting(
                            ProposedTarget::owner,
                            ProposedTarget::rule,
                            ProposedTarget::kind,
                            ProposedTarget::channels,
                            ProposedTarget::areas)
                    .containsExactly(
                            expected.owner(), expected.rule(), expected.kind(), expected.channels(), expected.areas());
            assertThat(actual.lines()).as(actual.id()).isNotEmpty().isSorted();
            if (expected.rule() == null) {
                assertThat(actual.checks()).as(actual.id()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theProposalLoadsAsAValidPlanFile(Seed seed) throws IOException {
        PlanProposal proposal = importer.propose(seed.file(), read(seed), null);

        PlanSnapshot loaded = PlanFileReader.read("plan-" + seed.year() + ".yaml", proposal.yaml());

        assertThat(loaded.problems()).isEmpty();
        List<Target> targets = loaded.plans().get(0).targets();
        assertThat(targets)
                .extracting(Target::id)
                .containsExactlyElementsOf(
                        proposal.targets().stream().map(ProposedTarget::id).toList());
        for (int i = 0; i < targets.size(); i++) {
            ProposedTarget proposed = proposal.targets().get(i);
            FrequencyRule rule = proposed.rule() == null ? new PerPeriod(1, Period.YEAR) : proposed.rule();
            assertThat(targets.get(i))
                    .extracting(
                            Target::task, Target::owner, Target::rule, Target::kind, Target::channels, Target::areas)
                    .containsExactly(
                            proposed.task(),
                            proposed.owner(),
                            rule,
                            proposed.kind(),
                            proposed.channels(),
                            proposed.areas());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void readsTheSamePlanWithoutDiacritics(Seed seed) throws IOException {
        PlanProposal original = importer.propose(seed.file(), read(seed), null);
        PlanProposal ocr =
                new TextPlanImporter().propose(seed.file(), VietnameseText.stripDiacritics(read(seed)), null);

        assertThat(VietnameseText.fold(ocr.unitName())).isEqualTo(VietnameseText.fold(original.unitName()));
        assertThat(ocr.targets())
                .extracting(
                        ProposedTarget::id,
                        ProposedTarget::rule,
                        ProposedTarget::kind,
                        ProposedTarget::channels,
                        ProposedTarget::areas,
                        ProposedTarget::lines)
                .containsExactlyElementsOf(original.targets().stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(
                                t.id(), t.rule(), t.kind(), t.channels(), t.areas(), t.lines()))
                        .toList());
    }

    @Test
    void namesTheSourceLinesOfEachTargetInTheYaml() throws IOException {
        PlanProposal proposal = importer.propose(PHU_CAT.file(), read(PHU_CAT), null);

        assertThat(proposal.yaml())
                .contains("  # source: line 126\n  # CHECK: owner, time, product taken from row 4.1 above")
                .contains("  # source: line 99\n")
                .contains("frequency: \"Định kỳ 01 lần/quý\"");
    }

    @Test
    void marksWhatItCannotReadAndLeavesAPlaceholder() throws IOException {
        PlanProposal proposal = importer.propose(TU_MO_RONG.file(), read(TU_MO_RONG), null);

        assertThat(proposal.yaml())
                .contains("  # source: lines 444-448\n")
                .contains("  # CHECK: no frequency found in the words of this duty: fill in count and period\n"
                        + "  - id: d4-")
                .contains("    count: 1 # CHECK: placeholder, fill in from the plan\n"
                        + "    period: year # CHECK: month, quarter, half-year or year\n");
    }

    private static String read(Seed seed) throws IOException {
        Path file = SEEDS.resolve(seed.file());
        assumeTrue(Files.isRegularFile(file), "the seed plans are not in " + SEEDS.toAbsolutePath());
        return Files.readString(file);
    }
}
