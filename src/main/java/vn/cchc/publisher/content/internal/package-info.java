/** Implementation of the content module: parsing, validation, rendering, caching. */
@NullMarked
package vn.cchc.publisher.content.internal;

import org.jspecify.annotations.NullMarked;
