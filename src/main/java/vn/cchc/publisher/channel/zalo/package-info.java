/**
 * The Zalo Official Account adapter: articles created, verified until Zalo gives their id, found again
 * by title before any re-create; the OA access token refreshed one caller at a time, the single-use
 * refresh token stored before the new access token is used.
 */
@NullMarked
package vn.cchc.publisher.channel.zalo;

import org.jspecify.annotations.NullMarked;
