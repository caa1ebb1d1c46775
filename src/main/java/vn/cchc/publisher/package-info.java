/** The CCHC publisher: editorial calendar, drafting, publishing, verification and audit. */
@NullMarked
package vn.cchc.publisher;

import org.jspecify.annotations.NullMarked;
