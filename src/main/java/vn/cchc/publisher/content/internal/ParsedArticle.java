package vn.cchc.publisher.content.internal;

import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.content.Article;

/**
 * An article with its markdown parsed once, so that every channel renders from the same tree. Renderers
 * only read the tree.
 *
 * @param article the article
 * @param document the parsed body
 * @param lead the summary as plain text, else the first paragraph; null if the article has neither: the
 *     website excerpt, the Facebook text and the Zalo description
 */
record ParsedArticle(
        Article article, Node document, @Nullable String lead) {

    static ParsedArticle of(Article article) {
        Node document = Markdown.parse(article.markdown());
        String lead = PlainText.ofMarkdown(article.summary());
        return new ParsedArticle(article, document, lead != null ? lead : PlainText.firstParagraph(document));
    }
}
