/**
 * Channels: one adapter per destination (the built-in local site, WordPress, Facebook Page, Zalo OA)
 * behind one interface.
 */
@NullMarked
package vn.cchc.publisher.channel;

import org.jspecify.annotations.NullMarked;
