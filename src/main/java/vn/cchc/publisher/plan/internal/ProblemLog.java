package vn.cchc.publisher.plan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cchc.publisher.plan.PlanProblem;

/** Collects the problems of one plan file and gives them back in line order. */
final class ProblemLog {

    private final String file;
    private final List<PlanProblem> problems = new ArrayList<>();

    ProblemLog(String file) {
        this.file = file;
    }

    void add(int line, String field, String reason) {
        problems.add(new PlanProblem(file, line, field, reason));
    }

    int size() {
        return problems.size();
    }

    List<PlanProblem> problems() {
        return problems.stream()
                .sorted(Comparator.comparingInt(PlanProblem::line))
                .toList();
    }
}
