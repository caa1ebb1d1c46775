package vn.cchc.publisher.calendar;

import vn.cchc.publisher.content.Article;

/**
 * A content item that fits no slot of a plan.
 *
 * @param article the article
 * @param reason why it fits none
 */
public record UnassignedContent(Article article, UnassignedReason reason) {}
