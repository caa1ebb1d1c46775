package vn.cchc.publisher.plan.importer;

/**
 * One physical line of the source text.
 *
 * @param number its 1-based line number
 * @param text the line in NFC, without footnote markers
 */
record Line(int number, String text) {

    /** True for a row of a tab-separated table. */
    boolean tabbed() {
        return text.indexOf('\t') >= 0;
    }

    boolean blank() {
        return text.isBlank();
    }
}
