/** Channel state kept in the application's database: the rotating OAuth tokens. */
@NullMarked
package vn.cchc.publisher.channel.store;

import org.jspecify.annotations.NullMarked;
