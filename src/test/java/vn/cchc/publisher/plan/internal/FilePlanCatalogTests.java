package vn.cchc.publisher.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.plan.Approval;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.PlanProblem;
import vn.cchc.publisher.plan.PlanProperties;
import vn.cchc.publisher.plan.PlanSnapshot;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

class FilePlanCatalogTests {

    private static final String HEADER = """
            unit:
              name: Trung tâm Y tế Thử
            plan_number: 12/KH-TTYT
            year: 2026
            targets:
            """;

    private final FilePlanCatalog catalog = new FilePlanCatalog(new PlanProperties(Path.of("config"), "plan-*.yaml"));

    @Test
    void loadsTheSamplePlanWithoutProblems() {
        PlanSnapshot snapshot = catalog.load();

        assertThat(snapshot.problems()).isEmpty();
        Plan plan = snapshot.plansFor(2026).get(0);
        assertThat(plan.key()).isEqualTo("ttyt-mau-2026");
        assertThat(plan.planNumber()).isEqualTo("01/KH-TTYT");
        assertThat(plan.timezone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(plan.targets())
                .extracting(Target::id)
                .containsExactly(
                        "web-monthly",
                        "reform-areas-quarterly",
                        "social-monthly",
                        "tthc-listing",
                        "press-yearly",
                        "conference-quarterly",
                        "visual-ongoing",
                        "contests-on-demand",
                        "reports");
        assertThat(rule(plan, "web-monthly")).isEqualTo(new PerPeriod(1, Period.MONTH));
        Target areas = plan.target("reform-areas-quarterly").orElseThrow();
        assertThat(areas.rule()).isEqualTo(new PerPeriod(1, Period.QUARTER));
        assertThat(areas.areas()).hasSize(6).allMatch(Area::isReformArea);
        assertThat(areas.perArea()).isTrue();
        assertThat(plan.target("social-monthly").orElseThrow().onlineChannels())
                .containsExactlyInAnyOrder(Channel.FACEBOOK, Channel.ZALO);
        assertThat(plan.target("tthc-listing").orElseThrow())
                .extracting(Target::kind, Target::rule)
                .containsExactly(TargetKind.TTHC_LISTING, new OneOff(DateWindow.quarter(2026, 1)));
        assertThat(rule(plan, "press-yearly")).isEqualTo(new PerPeriod(2, Period.YEAR));
        assertThat(rule(plan, "conference-quarterly")).isEqualTo(new PerPeriod(1, Period.QUARTER));
        assertThat(rule(plan, "visual-ongoing")).isEqualTo(new Ongoing());
        assertThat(rule(plan, "contests-on-demand")).isEqualTo(new OnDemand());
        assertThat(rule(plan, "reports")).isInstanceOf(Multiple.class);
        assertThat(plan.target("reports").orElseThrow().channels()).isEmpty();
    }

    @Test
    void appliesTheDefaults() {
        Plan plan = onlyPlan(parse(HEADER + """
                  - id: monthly-article
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    count: 1
                    period: month
                """));

        Target target = plan.targets().get(0);
        assertThat(plan.timezone()).isEqualTo(PlanFileReader.DEFAULT_TIMEZONE);
        assertThat(target.channels()).containsExactly(PlanChannel.WEBSITE);
        assertThat(target.areas()).isEmpty();
        assertThat(target.approval()).isEqualTo(Approval.REQUIRED);
        assertThat(target.frequency()).isNull();
        assertThat(target.active()).isEqualTo(DateWindow.year(2026));
        assertThat(target.line()).isEqualTo(6);
    }

    @Test
    void readsWindowsAndDueDates() {
        Plan plan = onlyPlan(parse(HEADER + """
                  - id: from-may
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    frequency: Hàng tháng
                    window: {from: 2026-05-01, to: 31/12/2026}
                  - id: one-off
                    task: Công khai TTHC
                    owner: Phòng TCHC
                    kind: tthc-listing
                    window: {from: 2026-02-01, to: 2026-02-28}
                  - id: due
                    task: Gửi kế hoạch
                    owner: Các khoa
                    kind: other
                    due: 15/09/2026
                """));

        assertThat(plan.targets().get(0).active())
                .isEqualTo(new DateWindow(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31)));
        assertThat(plan.targets().get(1).rule()).isEqualTo(new OneOff(DateWindow.month(2026, 2)));
        assertThat(plan.targets().get(2).rule()).isEqualTo(new Deadline(LocalDate.of(2026, 9, 15)));
    }

    @Test
    void reportsEachBadTargetWithItsLineAndFieldAndKeepsTheGoodOnes() {
        PlanSnapshot snapshot = parse(HEADER + """
                  - id: good
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    frequency: Hàng tháng
                  - id: bad-area
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    areas: [the-che, cai-cach]
                    frequency: Hàng quý
                  - id: bad-channel
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    channels: [website, tiktok]
                    frequency: Hàng quý
                  - id: bad-kind
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: blog
                    frequency: Hàng quý
                  - id: good
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    frequency: Hàng quý
                  - id: both
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    frequency: Hàng quý
                    count: 1
                    period: quarter
                  - id: unreadable
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    frequency: Hàng ngày
                  - id: no-owner
                    task: Đưa tin
                    kind: article
                    frequency: Hàng quý
                  - id: no-period
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    count: 2
                  - id: last-year
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    frequency: Quý I/2024
                  - id: typo
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    frequncy: Hàng quý
                  - id: Not_Kebab
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                    frequency: Hàng quý
                """);

        assertThat(onlyPlan(snapshot).targets()).extracting(Target::id).containsExactly("good");
        assertThat(snapshot.problems())
                .extracting(PlanProblem::toString)
                .containsExactly(
                        "plan-2026.yaml:15: targets[bad-area].areas: unknown area 'cai-cach' (expected one of "
                                + Area.ids() + ")",
                        "plan-2026.yaml:21: targets[bad-channel].channels: unknown channel 'tiktok' (expected one"
                                + " of " + PlanChannel.ids() + ")",
                        "plan-2026.yaml:26: targets[bad-kind].kind: unknown kind 'blog' (expected one of "
                                + TargetKind.ids() + ")",
                        "plan-2026.yaml:28: targets[good].id: duplicate id 'good': another target above has it;"
                                + " ids must be unique in a plan",
                        "plan-2026.yaml:37: targets[both].frequency: give either frequency or count + period,"
                                + " not both",
                        "plan-2026.yaml:44: targets[unreadable].frequency: cannot read the frequency \"Hàng ngày\":"
                                + " no known frequency expression in it (did not understand \"Hàng ngày\")."
                                + " Write it explicitly instead: count: 1 and period: month|quarter|half-year|year,"
                                + " or window: {from: 2026-01-01, to: 2026-03-31} for a one-off, or due:"
                                + " 2026-09-15 for a deadline",
                        "plan-2026.yaml:45: targets[no-owner].owner: missing; it is required",
                        "plan-2026.yaml:49: targets[no-period].period: missing: count and period go together",
                        "plan-2026.yaml:58: targets[last-year].frequency: the window 01/01/2024 – 31/03/2024 is"
                                + " outside the plan year 2026",
                        "plan-2026.yaml:59: targets[typo].frequency: missing: give frequency (the plan's words), or"
                                + " count + period, or window or due for a one-off",
                        "plan-2026.yaml:63: targets[typo].frequncy: unknown field (expected one of approval, areas,"
                                + " channels, count, due, frequency, id, kind, owner, per_area, period, task,"
                                + " window)",
                        "plan-2026.yaml:64: targets[12].id: 'Not_Kebab' is not kebab-case (lower-case letters and"
                                + " digits joined by hyphens, e.g. web-monthly)");
    }

    @Test
    void rejectsAFileWhoseHeaderIsBadButStillReportsItsTargets() {
        PlanSnapshot snapshot = parse("""
                unit: Trung tâm Y tế Thử
                plan_number: 12/KH-TTYT
                timezone: Mars/Olympus
                targets:
                  - id: x
                    task: Đưa tin
                    owner: Phòng TCHC
                    kind: article
                """);

        assertThat(snapshot.plans()).isEmpty();
        assertThat(snapshot.problems())
                .extracting(PlanProblem::toString)
                .containsExactly(
                        "plan-2026.yaml:1: year: missing; give the plan year, e.g. year: 2026",
                        "plan-2026.yaml:3: timezone: unknown time zone 'Mars/Olympus' (e.g. Asia/Ho_Chi_Minh)");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        PlanSnapshot snapshot = parse(HEADER + "  - id: x\n    task: [unclosed\n    owner: y\n");

        assertThat(snapshot.plans()).isEmpty();
        assertThat(snapshot.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.field()).isEqualTo("file");
            assertThat(problem.reason()).startsWith("not valid YAML: ");
        });
    }

    @Test
    void reportsAYearThatDisagreesWithTheFileName() {
        PlanSnapshot snapshot = catalog.parse("config/plan-2025.yaml", HEADER);

        assertThat(snapshot.plans()).isEmpty();
        assertThat(snapshot.problems())
                .extracting(PlanProblem::toString)
                .containsExactly("config/plan-2025.yaml:4: year: the file is named for 2025 but says year 2026;"
                        + " rename the file or correct the year");
    }

    @Test
    void loadsEveryPlanFileOfTheDirectoryAndReportsTheBadOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("plan-2026.yaml"), HEADER + "  []\n");
        Files.writeString(dir.resolve("plan-2026-copy.yaml"), HEADER + "  []\n");
        Files.writeString(dir.resolve("plan-2025.yaml"), HEADER.replace("2026", "2025") + "  []\n");
        Files.writeString(dir.resolve("plan-2024.yaml"), "unit: [\n");
        Files.writeString(dir.resolve("notes.yaml"), "not: a plan\n");
        FilePlanCatalog inDir = new FilePlanCatalog(new PlanProperties(dir, "plan-*.yaml"));

        PlanSnapshot snapshot = inDir.load();

        assertThat(snapshot.plans())
                .extracting(Plan::key)
                .containsExactly("trung-tam-y-te-thu-2025", "trung-tam-y-te-thu-2026");
        assertThat(snapshot.problems())
                .extracting(PlanProblem::file)
                .containsExactly(
                        dir.resolve("plan-2024.yaml").toString(),
                        dir.resolve("plan-2026.yaml").toString());
        assertThat(snapshot.problems().get(1).reason()).contains("plan-2026-copy.yaml", "already holds");
    }

    @Test
    void aMissingDirectoryHasNoPlans(@TempDir Path dir) {
        assertThat(new FilePlanCatalog(new PlanProperties(dir.resolve("none"), "plan-*.yaml")).load())
                .isEqualTo(new PlanSnapshot(List.of(), List.of()));
    }

    private PlanSnapshot parse(String yaml) {
        return catalog.parse("plan-2026.yaml", yaml);
    }

    private static Plan onlyPlan(PlanSnapshot snapshot) {
        assertThat(snapshot.plans()).hasSize(1);
        return snapshot.plans().get(0);
    }

    private static Object rule(Plan plan, String id) {
        return plan.target(id).orElseThrow().rule();
    }
}
