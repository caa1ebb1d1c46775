/**
 * Verification: checks with Jsoup that a published page really shows what was sent (status, title, body,
 * images, listing, canonical URL), reads Facebook and Zalo posts back through their APIs, keeps the
 * evidence of every check and publishes {@link vn.cchc.publisher.verification.VerificationEvents}.
 */
@NullMarked
package vn.cchc.publisher.verification;

import org.jspecify.annotations.NullMarked;
