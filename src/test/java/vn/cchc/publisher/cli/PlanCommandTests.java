package vn.cchc.publisher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.plan.PlanImporter;
import vn.cchc.publisher.plan.PlanProblem;
import vn.cchc.publisher.plan.PlanProposal;
import vn.cchc.publisher.plan.PlanSnapshot;

class PlanCommandTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private final PlanImporter importer = (name, text, year) -> new PlanProposal(
            name,
            "Trung tâm Y tế Thử",
            "1/KH",
            year == null ? 2026 : year,
            List.of(),
            List.of("x"),
            "# from " + name + ": " + text.strip() + "\n");

    private final PlanCatalog catalog = new PlanCatalog() {
        @Override
        public PlanSnapshot load() {
            return new PlanSnapshot(List.of(), List.of(new PlanProblem("config/plan-2026.yaml", 7, "year", "bad")));
        }

        @Override
        public PlanSnapshot read(Path file) {
            return new PlanSnapshot(List.of(), List.of());
        }

        @Override
        public PlanSnapshot parse(String fileName, String yaml) {
            return new PlanSnapshot(List.of(), List.of());
        }
    };

    @Test
    void importPrintsTheProposedPlanOnStandardOutputAndASummaryOnStandardError(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("ke-hoach.txt"), "KẾ HOẠCH năm 2026");

        int status = run("plan", "import", text.toString(), "--year", "2027");

        assertThat(status).isZero();
        assertThat(out).hasToString("# from ke-hoach.txt: KẾ HOẠCH năm 2026\n");
        assertThat(err.toString())
                .isEqualTo("0 targets proposed for Trung tâm Y tế Thử, 2027; 1 place marked CHECK"
                        + System.lineSeparator());
    }

    @Test
    void importOfAMissingFileFailsWithOneLine(@TempDir Path dir) {
        int status = run("plan", "import", dir.resolve("none.txt").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("error: no such file: " + dir.resolve("none.txt") + System.lineSeparator());
    }

    @Test
    void checkListsTheProblemsAndFails() {
        int status = run("plan", "check");

        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("config/plan-2026.yaml:7: year: bad" + System.lineSeparator());
        assertThat(err.toString()).isEqualTo("error: 1 problem in the plan files" + System.lineSeparator());
    }

    @Test
    void planAloneAsksForASubcommand() {
        assertThat(run("plan")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: missing subcommand: import or check");
    }

    private int run(String... args) {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(PlanImportCommand.class, () -> new PlanImportCommand(importer));
            context.registerBean(PlanCheckCommand.class, () -> new PlanCheckCommand(catalog));
            context.refresh();
            CliRunner runner = new CliRunner(context, List.of(new PlanCommand()));
            return runner.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute(args);
        }
    }
}
