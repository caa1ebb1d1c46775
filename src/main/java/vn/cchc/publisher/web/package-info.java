/** The web front: the officer's pages, the REST API, and serving the built-in local site at {@code /site/}. */
@NullMarked
package vn.cchc.publisher.web;

import org.jspecify.annotations.NullMarked;
