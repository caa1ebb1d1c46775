package vn.cchc.publisher.content.internal;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The one markdown dialect of the project: CommonMark with GFM tables. Parsers and renderers are
 * immutable and shared by all threads.
 */
final class Markdown {

    static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    /** Keeps the source position of every node, for problems that name a line. */
    static final Parser PARSER_WITH_LINES = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** Raw HTML passes through here; the website renderer sanitises the result. */
    static final HtmlRenderer HTML =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private Markdown() {}

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
