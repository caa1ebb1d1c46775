package vn.cchc.publisher.plan;

import java.util.List;

/**
 * A plan file proposed from a plan's text by {@link PlanImporter}.
 *
 * @param source the name of the text it was read from
 * @param unitName the issuing unit, as found in the text (or a placeholder marked in {@code checks})
 * @param planNumber the plan's number, as found in the text (or a placeholder marked in {@code checks})
 * @param year the plan year
 * @param targets the proposed targets, in the order of the text
 * @param checks what the officer must check in the header, in English; empty if nothing
 * @param yaml the proposal as a plan file, with comments naming the source lines and the checks
 */
public record PlanProposal(
        String source,
        String unitName,
        String planNumber,
        int year,
        List<ProposedTarget> targets,
        List<String> checks,
        String yaml) {

    public PlanProposal {
        targets = List.copyOf(targets);
        checks = List.copyOf(checks);
    }

    /** How many places, header and targets, are marked for checking. */
    public int checkCount() {
        return checks.size() + targets.stream().mapToInt(t -> t.checks().size()).sum();
    }
}
