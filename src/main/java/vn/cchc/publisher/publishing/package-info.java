/**
 * Publishing: what goes out, where and when. For now the embedded default: at start-up, every ready
 * article that is due is put on the built-in local site, with the TTHC listing.
 */
@NullMarked
package vn.cchc.publisher.publishing;

import org.jspecify.annotations.NullMarked;
