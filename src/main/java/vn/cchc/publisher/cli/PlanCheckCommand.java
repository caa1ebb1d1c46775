package vn.cchc.publisher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.plan.PlanProblem;
import vn.cchc.publisher.plan.PlanSnapshot;

/** {@code plan check [FILE…]}: validates plan files and lists their problems. */
@Component
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Validates plan files (all of the plan directory when none are named); exits 1 on problems.")
class PlanCheckCommand implements Callable<Integer> {

    private final PlanCatalog catalog;

    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "plan files; default: config/plan-*.yaml")
    List<Path> files = new ArrayList<>();

    PlanCheckCommand(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        List<PlanSnapshot> snapshots = files.isEmpty()
                ? List.of(catalog.load())
                : files.stream().map(catalog::read).toList();
        PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
        int problems = 0;
        for (PlanSnapshot snapshot : snapshots) {
            for (Plan plan : snapshot.plans()) {
                out.println(plan.file() + ": " + plan.unit().name() + ", " + plan.year() + ", " + plan.planNumber()
                        + ": " + plan.targets().size() + " targets");
            }
            for (PlanProblem problem : snapshot.problems()) {
                out.println(problem);
            }
            problems += snapshot.problems().size();
        }
        out.flush();
        if (problems > 0) {
            throw new IllegalArgumentException(
                    problems + (problems == 1 ? " problem" : " problems") + " in the plan files");
        }
        return 0;
    }
}
