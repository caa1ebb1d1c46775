package vn.cchc.publisher.audit.report;

import java.util.Map;

/**
 * The officer's explanations of targets in a period (table {@code report_explanation}). Each change is kept
 * and written to the audit ledger; the latest one of a unit, target and period is the one reports show.
 */
public interface ReportExplanations {

    /** The longest explanation, in characters. */
    int MAX_LENGTH = 2000;

    /**
     * Sets the explanation of {@code target} of {@code unit} in {@code period}; blank text removes it.
     *
     * @throws UnknownUnitException when the unit has no plan for the period's year
     * @throws IllegalArgumentException naming the field, when the target is not in the plan or the text is
     *     longer than {@link #MAX_LENGTH}
     */
    Explanation explain(ReportPeriod period, String unit, String target, String text, String author);

    /** The latest explanation of each target of {@code unit} in {@code period}, by target id; none for blank. */
    Map<String, Explanation> latest(ReportPeriod period, String unit);
}
