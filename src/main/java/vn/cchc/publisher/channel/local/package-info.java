/**
 * The built-in local static site: Thymeleaf pages written atomically under {@code cchc.site.dir}, in the
 * layout of {@link vn.cchc.publisher.channel.SiteLayout}.
 */
@NullMarked
package vn.cchc.publisher.channel.local;

import org.jspecify.annotations.NullMarked;
