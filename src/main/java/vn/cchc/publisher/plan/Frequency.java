package vn.cchc.publisher.plan;

import vn.cchc.publisher.plan.internal.FrequencyParser;

/**
 * Reads the frequency expressions of Vietnamese CCHC plans ("Hàng tháng", "Định kỳ 01 lần/quý",
 * "02 bài/năm", "Quý I/2024", "trong ngày 15/9/2025", "Định kỳ 6 tháng, năm", "Thường xuyên", "Khi có
 * yêu cầu", …) into a {@link FrequencyRule}.
 *
 * <p>Case, diacritics (OCR text such as "Dinh ky 01 lan/quy"), composed or decomposed Unicode, extra
 * spaces, spaces around {@code /} and leading zeros do not matter. Text that combines several
 * expressions gives the most specific rule: "Hàng tháng, 1 tin, bài/ tháng" is one per month,
 * "Thường xuyên, ít nhất 1 lần/tháng" is one per month, "Thường xuyên trong năm" is ongoing. Every word
 * must be understood: anything else is a {@link FrequencyException}, never a guess.
 */
public final class Frequency {

    private Frequency() {}

    /**
     * Reads {@code text}.
     *
     * @param text the plan's words
     * @param year the plan year, for expressions that do not name one ("Quý IV", "6 tháng đầu năm")
     * @return the rule the words mean
     * @throws FrequencyException if the text is empty or not fully understood, or its parts disagree
     */
    public static FrequencyRule parse(String text, int year) {
        return FrequencyParser.parse(text, year);
    }
}
