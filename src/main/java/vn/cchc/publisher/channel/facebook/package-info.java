/**
 * The Facebook Page adapter: Graph API feed and photo posts with a Page access token, its error codes
 * and usage headers, and a search of the Page's feed and scheduled posts before any create or retry so
 * that an answer that was lost never leads to a second post.
 */
@NullMarked
package vn.cchc.publisher.channel.facebook;

import org.jspecify.annotations.NullMarked;
