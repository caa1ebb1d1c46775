package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the parts of a plan by their headings: the header before the first Roman-numbered heading, the
 * task section ("Nhiệm vụ cụ thể", "Phụ lục", …) and "Tổ chức thực hiện". A section runs to the next
 * Roman-numbered heading, a "Phụ lục", or the closing ("Trên đây là …", "Nơi nhận", a sentence ending "./.").
 */
final class Sections {

    private static final Pattern ROMAN_HEADING = Pattern.compile("^[IVX]{1,4}\\s*[.)]\\s*\\S");
    private static final Pattern TASK_HEADINGS = Pattern.compile(
            "nhiem vu cu the|nhiem vu trong tam|hoat dong trong tam"
                    + "|cac hoat dong|phu luc|nhiem vu,? giai phap|nhiem vu va giai phap|ke hoach chi tiet|danh muc nhiem vu");
    private static final Pattern ORGANISATION_HEADING = Pattern.compile("to chuc thuc hien");

    private Sections() {}

    /** The paragraphs before the first Roman-numbered heading: title, issuer, the plan it implements. */
    static List<Para> header(List<Para> paras) {
        List<Para> header = new ArrayList<>();
        for (Para para : paras) {
            if (isTop(para)) {
                break;
            }
            header.add(para);
        }
        return header;
    }

    /** The paragraphs of every task section, headings left out, in text order. */
    static List<Para> tasks(List<Para> paras) {
        return sections(paras, TASK_HEADINGS);
    }

    /** The paragraphs of the "Tổ chức thực hiện" sections, headings left out. */
    static List<Para> organisation(List<Para> paras) {
        return sections(paras, ORGANISATION_HEADING);
    }

    /** The closing paragraphs: "Trên đây là …", the distribution list, the signature. */
    static List<Para> closing(List<Para> paras) {
        List<Para> closing = new ArrayList<>();
        boolean in = false;
        for (Para para : paras) {
            in = in || isClosing(para);
            if (in && isTop(para)) {
                break;
            }
            if (in) {
                closing.add(para);
            }
        }
        return closing;
    }

    private static List<Para> sections(List<Para> paras, Pattern heading) {
        List<Para> found = new ArrayList<>();
        boolean in = false;
        for (Para para : paras) {
            if (isTop(para)) {
                in = heading.matcher(para.folded()).find();
                continue;
            }
            if (isClosing(para)) {
                in = false;
            }
            if (in) {
                found.add(para);
            }
        }
        return found;
    }

    static boolean isTop(Para para) {
        return !para.tabbed()
                && (ROMAN_HEADING.matcher(para.text()).find() || para.folded().startsWith("phu luc"));
    }

    static boolean isClosing(Para para) {
        String folded = para.folded();
        return folded.startsWith("tren day la")
                || folded.startsWith("noi nhan")
                || para.text().strip().endsWith("./.");
    }
}
