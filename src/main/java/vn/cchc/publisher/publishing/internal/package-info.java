/** Implementation of the publishing module. */
@NullMarked
package vn.cchc.publisher.publishing.internal;

import org.jspecify.annotations.NullMarked;
