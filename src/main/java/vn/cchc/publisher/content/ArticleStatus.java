package vn.cchc.publisher.content;

/** Whether the officer considers an article finished: only {@code READY} articles are published. */
public enum ArticleStatus {
    DRAFT,
    READY
}
