package vn.cchc.publisher.content;

/**
 * An article rendered for every channel.
 *
 * @param article the article
 * @param website the website page
 * @param facebook the Facebook post
 * @param zalo the Zalo article
 */
public record Draft(Article article, WebsitePage website, FacebookPost facebook, ZaloArticle zalo) {}
