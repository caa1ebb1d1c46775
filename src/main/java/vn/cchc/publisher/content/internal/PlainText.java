package vn.cchc.publisher.content.internal;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jspecify.annotations.Nullable;

/** The plain text of markdown nodes: what a reader sees, without markup, raw HTML or images. */
final class PlainText {

    private PlainText() {}

    /** The text of {@code node} and its descendants, whitespace collapsed. */
    static String of(Node node) {
        TextBuffer text = new TextBuffer();
        append(node, text);
        return text.take();
    }

    /** The text of the children of {@code node} (e.g. an image's alt text), whitespace collapsed. */
    static String ofChildren(Node node) {
        TextBuffer text = new TextBuffer();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, text);
        }
        return text.take();
    }

    /** Appends the text of {@code node} and its descendants; blocks end with a space. */
    static void append(Node node, TextBuffer text) {
        node.accept(new TextCollector(text));
    }

    /** The first top-level paragraph that has text, as plain text; null if there is none. */
    static @Nullable String firstParagraph(Node document) {
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                String text = of(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The summary as plain text (it may use inline markdown); null if blank. */
    static @Nullable String ofMarkdown(@Nullable String markdown) {
        if (markdown == null) {
            return null;
        }
        String text = of(Markdown.parse(markdown));
        return text.isEmpty() ? null : text;
    }

    private static final class TextCollector extends AbstractVisitor {

        private final TextBuffer text;

        TextCollector(TextBuffer text) {
            this.text = text;
        }

        @Override
        public void visit(Text t) {
            text.append(t.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            text.space();
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            text.space();
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            // tags are markup; what they enclose comes as Text nodes
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            // raw HTML blocks are not running text
        }

        @Override
        public void visit(Image image) {
            // an image's alt text is not part of the running text
        }

        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block || parent instanceof TableCell) {
                text.space();
            }
        }
    }
}
