/** The verifier's implementation: fetching, the Jsoup checks, the evidence store. */
@NullMarked
package vn.cchc.publisher.verification.internal;

import org.jspecify.annotations.NullMarked;
