package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * The lines of a plan's text with the page furniture that text extraction leaves taken out: footnotes
 * (the block after a long run of spaces, and lines like "1Nghị quyết số …"), footnote markers glued to a
 * word ("CCHC1."), HTML tags and markdown emphasis. Line numbers stay those of the source.
 */
final class SourceText {

    private static final Pattern FOOTNOTE_RULE = Pattern.compile("^[ \\u00A0]{10,}$");
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("^\\d{1,2}\\p{Lu}\\p{Ll}");
    private static final Pattern PAGE_RESUMES = Pattern.compile("^ \\S");
    private static final Pattern NUMBERED_START = Pattern.compile("^\\s*(?:\\d+|[IVX]+)\\.\\s+\\p{Lu}");
    private static final Pattern MARKER = Pattern.compile("(?<=[\\p{L})])\\d{1,2}(?=[\\s.,;:)]|$)");
    private static final Pattern TAG =
            Pattern.compile("</?[a-zA-Z][^>]*>|\\*\\*|(?<!\\S)\\*(?=\\S)|(?<=\\S)\\*(?!\\S)");
    private static final int LONGEST_FOOTNOTE_BLOCK = 40;

    private SourceText() {}

    static List<Line> lines(String text) {
        String[] raw = VietnameseText.nfc(text).replace("\uFEFF", "").split("\\R", -1);
        List<Line> lines = new ArrayList<>();
        Footnotes footnotes = new Footnotes();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (footnotes.skips(line)) {
                continue;
            }
            if (FOOTNOTE_RULE.matcher(line).matches()) {
                footnotes.startIfNext(nextNonBlank(raw, i + 1));
                continue;
            }
            if (FOOTNOTE_LINE.matcher(line).find()) {
                continue;
            }
            String clean = TAG.matcher(line).replaceAll("");
            clean = MARKER.matcher(clean).replaceAll("");
            lines.add(new Line(i + 1, clean.replaceAll("[ \\u00A0]+$", "")));
        }
        return lines;
    }

    private static String nextNonBlank(String[] raw, int from) {
        for (int i = from; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                return raw[i];
            }
        }
        return "";
    }

    /**
     * The footnote block after a long run of spaces: numbered footnotes and their continuation lines. It
     * ends when a page resumes (a line indented by one space, a numbered heading) or when a footnote's
     * sentence has ended and the next line is not another footnote.
     */
    private static final class Footnotes {

        private boolean in;
        private boolean sentenceEnded;
        private int skipped;

        void startIfNext(String next) {
            in = !next.isEmpty() && Character.isDigit(next.strip().codePointAt(0));
            sentenceEnded = false;
            skipped = 0;
        }

        boolean skips(String line) {
            if (!in) {
                return false;
            }
            if (line.isBlank()) {
                return true;
            }
            boolean resumes = PAGE_RESUMES.matcher(line).find()
                    || NUMBERED_START.matcher(line).find()
                    || (sentenceEnded && !Character.isDigit(line.strip().codePointAt(0)))
                    || ++skipped > LONGEST_FOOTNOTE_BLOCK;
            if (resumes) {
                in = false;
                return false;
            }
            sentenceEnded = line.strip().endsWith(".");
            return true;
        }
    }
}
