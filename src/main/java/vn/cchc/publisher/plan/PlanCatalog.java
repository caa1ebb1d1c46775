package vn.cchc.publisher.plan;

import java.nio.file.Path;

/**
 * Reads and validates plan files: every {@code plan-*.yaml} of the plan directory ({@code cchc.plan.dir},
 * {@code config} by default). Files are read on each call; nothing is cached.
 */
public interface PlanCatalog {

    /**
     * Reads every plan file of the plan directory now. A missing directory gives an empty snapshot. When
     * two files hold a plan for the same unit and year, the second one is reported and left out.
     */
    PlanSnapshot load();

    /** Reads one plan file, which may lie outside the plan directory. */
    PlanSnapshot read(Path file);

    /**
     * Reads a plan from text.
     *
     * @param fileName the name to report problems under; a name like {@code plan-2026.yaml} must agree
     *     with the plan's year
     * @param yaml the plan file's content
     */
    PlanSnapshot parse(String fileName, String yaml);
}
