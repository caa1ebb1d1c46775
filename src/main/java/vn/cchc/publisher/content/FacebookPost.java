package vn.cchc.publisher.content;

import org.jspecify.annotations.Nullable;

/**
 * The Facebook Page version of an article.
 *
 * @param message plain text: title, summary or first paragraph, link, hashtags; within the Graph API's
 *     limits
 * @param link the website article the post links to
 * @param coverUrl the public URL of the cover image, for a photo post; null for a link post
 */
public record FacebookPost(
        String message, String link, @Nullable String coverUrl) {}
