package vn.cchc.publisher.plan.importer;

import java.util.List;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * A paragraph: one or more source lines that text extraction broke apart, joined again.
 *
 * @param text the text, whitespace collapsed (tabs kept in table rows)
 * @param lines the source line numbers, ascending
 */
record Para(String text, List<Integer> lines) {

    Para {
        lines = List.copyOf(lines);
    }

    /** The folded text (no diacritics, lower case), for matching words. */
    String folded() {
        return VietnameseText.fold(text);
    }

    boolean tabbed() {
        return text.indexOf('\t') >= 0;
    }

    int firstLine() {
        return lines.get(0);
    }
}
