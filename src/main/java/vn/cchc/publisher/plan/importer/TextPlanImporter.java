package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.plan.PlanImporter;
import vn.cchc.publisher.plan.PlanProposal;
import vn.cchc.publisher.plan.ProposedTarget;

/**
 * Reads a plan's text: its header, its task rows (tab-separated table, one-cell-per-line table, or
 * numbered list, in that order of preference) and the duties of "Tổ chức thực hiện", and proposes a plan
 * file.
 */
@Component
class TextPlanImporter implements PlanImporter {

    static final String UNKNOWN_NUMBER = "?/KH";

    @Override
    public PlanProposal propose(String sourceName, String text, @Nullable Integer year) {
        List<Line> lines = SourceText.lines(text);
        List<Para> paras = Paragraphs.of(lines);
        Header.Found header = Header.read(lines, paras);
        int planYear = year != null
                ? year
                : header.year()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "no plan year found in " + sourceName + "; give it with --year"));
        List<String> checks = new ArrayList<>();
        String unit = header.unit().orElseGet(() -> {
            checks.add("the issuing unit was not found in the text: fill in unit.name");
            return "?";
        });
        String number = header.planNumber().orElseGet(() -> {
            checks.add("the plan's number (\"Số: …/KH-…\") was not found in the text: fill in plan_number");
            return UNKNOWN_NUMBER;
        });

        List<Row> rows = new ArrayList<>(TabTable.read(paras));
        rows.addAll(FlatTable.read(lines, planYear));
        List<Task> tasks = rows.isEmpty()
                ? TaskRows.resolve(TaskList.read(Sections.tasks(paras)), false)
                : TaskRows.resolve(rows, true);
        List<Task> duties = Duties.read(Sections.organisation(paras));
        TargetProposer proposer = new TargetProposer(planYear, unit);
        List<ProposedTarget> targets = new ArrayList<>();
        tasks.forEach(task -> targets.add(proposer.propose(task, false)));
        boolean besideTasks = !tasks.isEmpty();
        duties.stream()
                .filter(duty -> !besideTasks || proposer.isNotable(duty))
                .forEach(duty -> targets.add(proposer.propose(duty, besideTasks)));
        if (targets.isEmpty()) {
            checks.add("no task table, task list or duties were found: add the targets by hand");
        }
        String yaml = ProposalWriter.write(sourceName, unit, number, planYear, checks, targets);
        return new PlanProposal(sourceName, unit, number, planYear, targets, checks, yaml);
    }
}
