package vn.cchc.publisher.content;

/**
 * Renders articles for every channel. Renders are cached by the article's content hash and links, so an
 * edited file is rendered again and an unchanged one is not.
 */
public interface Drafts {

    /** Renders {@code article} for every channel with the given links. */
    Draft draft(Article article, Links links);
}
