package vn.cchc.publisher.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import vn.cchc.publisher.content.ZaloArticle.Block;

/**
 * The body of a Zalo article: paragraphs, headings, list items and table rows become plain-text blocks
 * (list items keep a bullet or number, table cells are joined with " | "); images become image blocks
 * with their alt text as caption, wherever they are.
 */
final class ZaloBlocks extends AbstractVisitor {

    private final List<Block> blocks = new ArrayList<>();
    private final TextBuffer buffer = new TextBuffer();
    private final String articleFile;
    private final UnaryOperator<String> mediaUrl;
    private String prefix = "";
    private String indent = "";

    private ZaloBlocks(String articleFile, UnaryOperator<String> mediaUrl) {
        this.articleFile = articleFile;
        this.mediaUrl = mediaUrl;
    }

    static List<Block> of(Node document, String articleFile, UnaryOperator<String> mediaUrl) {
        ZaloBlocks visitor = new ZaloBlocks(articleFile, mediaUrl);
        document.accept(visitor);
        return List.copyOf(visitor.blocks);
    }

    @Override
    public void visit(Heading heading) {
        inline(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
        inline(paragraph);
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        visitChildren(blockQuote);
    }

    @Override
    public void visit(BulletList list) {
        String outer = indent;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            listItem(item, outer + "• ");
        }
    }

    @Override
    public void visit(OrderedList list) {
        String outer = indent;
        Integer start = list.getMarkerStartNumber();
        int number = start == null ? 1 : start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            listItem(item, outer + number++ + ". ");
        }
    }

    @Override
    public void visit(FencedCodeBlock code) {
        code(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        code(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
        text(new TextBuffer()
                .append(Jsoup.parseBodyFragment(html.getLiteral()).text())
                .take());
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock) {
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.CustomNode node) {
                    if (node instanceof TableRow) {
                        row(node);
                    } else {
                        visitChildren(node);
                    }
                }
            });
        } else {
            visitChildren(block);
        }
    }

    private void listItem(Node item, String marker) {
        if (!(item instanceof ListItem)) {
            return;
        }
        String outerIndent = indent;
        indent = outerIndent + "   ";
        prefix = marker;
        visitChildren(item);
        prefix = "";
        indent = outerIndent;
    }

    private void row(Node row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(PlainText.of(cell));
            }
        }
        text(String.join(" | ", cells));
    }

    /** A paragraph or heading: its text, split around the images it contains. */
    private void inline(Node block) {
        inlines(block, buffer);
        text(buffer.take());
    }

    private void inlines(Node parent, TextBuffer text) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image) {
                text(text.take());
                image(image);
            } else if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.space();
            } else if (child.getFirstChild() != null) {
                inlines(child, text);
            } else {
                PlainText.append(child, text);
            }
        }
    }

    private void image(Image image) {
        String url = ImageRefs.url(ImageRefs.resolve(articleFile, image.getDestination()), mediaUrl);
        if (url != null) {
            String caption = PlainText.ofChildren(image);
            blocks.add(Block.image(url, caption.isEmpty() ? null : caption));
        }
    }

    /** Code keeps its lines. */
    private void code(String literal) {
        add(literal.strip());
    }

    /** Text that is already plain and collapsed. */
    private void text(String text) {
        add(text);
    }

    private void add(String text) {
        if (!text.isEmpty()) {
            blocks.add(Block.text(prefix.isEmpty() ? text : prefix + text));
            prefix = "";
        }
    }
}
