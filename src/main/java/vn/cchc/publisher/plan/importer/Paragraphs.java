package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * Joins lines into paragraphs. Extracted text breaks lines anywhere and puts blank lines between the
 * pieces, so a blank line does not end a paragraph; a line continues the paragraph when it starts in
 * lower case, or when the paragraph has not ended a sentence and the line starts neither a list item nor
 * a heading. Tab-separated table rows stay one paragraph each.
 */
final class Paragraphs {

    static final Pattern LIST_ITEM = Pattern.compile(
            "^(?:[-+•*–]\\s*\\S|\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)]\\s|\\d{1,2}\\.\\d{1,2}\\s|[a-zđ][.)]\\s|[IVX]+\\s*[.)]\\s)");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)]\\s");
    private static final int SHORT_HEADING = 60;
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?…]\\s*$|\\./\\.\\s*$");

    private Paragraphs() {}

    static List<Para> of(List<Line> lines) {
        List<Para> paras = new ArrayList<>();
        StringBuilder text = null;
        List<Integer> numbers = new ArrayList<>();
        for (Line line : lines) {
            if (line.blank()) {
                continue;
            }
            String next = line.tabbed() ? line.text().strip() : VietnameseText.collapseWhitespace(line.text());
            if (text != null && continues(text.toString(), next, line.tabbed())) {
                text.append(' ').append(next);
                numbers.add(line.number());
                continue;
            }
            if (text != null) {
                paras.add(new Para(text.toString(), numbers));
            }
            text = new StringBuilder(next);
            numbers = new ArrayList<>(List.of(line.number()));
        }
        if (text != null) {
            paras.add(new Para(text.toString(), numbers));
        }
        return paras;
    }

    private static boolean continues(String paragraph, String next, boolean nextTabbed) {
        if (nextTabbed
                || paragraph.indexOf('\t') >= 0
                || LIST_ITEM.matcher(next).find()) {
            return false;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        if (SENTENCE_END.matcher(paragraph).find() || isHeading(paragraph) || isHeading(next)) {
            return false;
        }
        return !(NUMBERED.matcher(paragraph).find() && paragraph.length() < SHORT_HEADING);
    }

    /** True for a line in capitals ("KẾ HOẠCH", "GIÁM ĐỐC") or a Roman-numbered heading. */
    static boolean isHeading(String text) {
        if (Pattern.compile("^[IVX]+\\s*[.)]\\s").matcher(text).find()) {
            return true;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= 2 && upper == letters;
    }
}
