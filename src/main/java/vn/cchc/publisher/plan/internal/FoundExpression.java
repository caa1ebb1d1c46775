package vn.cchc.publisher.plan.internal;

import vn.cchc.publisher.plan.FrequencyRule;

/**
 * One frequency expression found in a text.
 *
 * @param rule what it means
 * @param strength how it weighs against other expressions in the same text
 * @param start where it starts in the text
 * @param end where it ends in the text (exclusive)
 */
public record FoundExpression(FrequencyRule rule, Strength strength, int start, int end) {

    /** How an expression weighs when a text holds several. */
    public enum Strength {
        /** A count with its period: "1 bài/tháng", "Định kỳ 01 lần/quý". */
        EXPLICIT,
        /** A period without a count: "Hàng tháng", "Định kỳ 6 tháng, năm". */
        IMPLICIT,
        /** A count without a period, which in a yearly plan means per year: "02 tin, bài viết". */
        COUNT_ONLY,
        /** The plan year itself: "trong năm", "Năm 2025" in the 2025 plan; adds nothing to other rules. */
        YEAR_SCOPE,
        /** A window, a date, ongoing or on demand. */
        PLAIN
    }
}
