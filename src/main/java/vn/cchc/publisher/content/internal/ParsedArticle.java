package vn.cchc.publisher.content.internal;

import org.commonmark.node.Node;
import vn.cchc.publisher.content.Article;

/**
 * An article with its markdown parsed once, so that every channel renders from the same tree. Renderers
 * only read the tree.
 *
 * @param article the article
 * @param document the parsed body
 */
record ParsedArticle(Article article, Node document) {

    static ParsedArticle of(Article article) {
        return new ParsedArticle(article, Markdown.parse(article.markdown()));
    }
}
