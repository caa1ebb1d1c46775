package vn.cchc.publisher.content.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.SourceSpan;

/** Finds the images of a markdown body with the line each is on. */
final class MarkdownImages {

    private MarkdownImages() {}

    /**
     * An image of the body.
     *
     * @param destination the path or URL as written
     * @param lineIndex the 0-based line of the body it is on
     */
    record Reference(String destination, int lineIndex) {}

    static List<Reference> find(String markdown) {
        List<Reference> references = new ArrayList<>();
        Markdown.PARSER_WITH_LINES.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                List<SourceSpan> spans = image.getSourceSpans();
                int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
                references.add(new Reference(image.getDestination(), line));
                visitChildren(image);
            }
        });
        return references;
    }
}
