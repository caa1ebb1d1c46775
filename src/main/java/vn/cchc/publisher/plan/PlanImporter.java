package vn.cchc.publisher.plan;

import org.jspecify.annotations.Nullable;

/**
 * Proposes a plan file from the text of a plan (extracted from its PDF or DOCX, or OCR text without
 * diacritics). The proposal is a starting point for the officer: every target says which source lines it
 * came from, and whatever could not be read is marked {@code CHECK}.
 */
public interface PlanImporter {

    /**
     * Reads a plan's text.
     *
     * <p>Targets come from the plan's task table ("Phụ lục", "Nhiệm vụ cụ thể": tab-separated rows,
     * one-cell-per-line tables, or numbered items with "Đơn vị chủ trì:", "Thời gian thực hiện:" lines); the
     * duties of "Tổ chức thực hiện" add the reports, deadlines and counts they name, and give all the targets
     * of a plan that has no task table.
     *
     * @param sourceName the name of the text, quoted in the proposal's comments
     * @param text the plan's text
     * @param year the plan year, or null to take it from the text
     * @return the proposal; its {@link PlanProposal#yaml()} loads as a valid plan file
     * @throws IllegalArgumentException if no year is given and the text names none
     */
    PlanProposal propose(String sourceName, String text, @Nullable Integer year);
}
