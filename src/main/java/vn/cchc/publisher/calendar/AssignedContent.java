package vn.cchc.publisher.calendar;

import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.content.Article;

/**
 * A content item assigned to a slot.
 *
 * @param article the article
 * @param publication how far the publishing engine got with it; null if it was never queued
 */
public record AssignedContent(Article article, @Nullable Publication publication) {}
