/**
 * The WordPress adapter: REST API ({@code /wp-json/wp/v2}) with an Application Password, media upload,
 * category lookup, and posts found again by their deterministic slug so that a retry never makes a
 * {@code -2} duplicate.
 */
@NullMarked
package vn.cchc.publisher.channel.wordpress;

import org.jspecify.annotations.NullMarked;
