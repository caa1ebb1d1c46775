/**
 * Vocabulary and text rules every module shares: reform areas, channels, Vietnamese text folding and
 * WordPress-compatible slugs.
 */
@NullMarked
package vn.cchc.publisher.shared;

import org.jspecify.annotations.NullMarked;
