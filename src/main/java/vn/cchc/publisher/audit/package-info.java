/**
 * Audit: the append-only, hash-chained ledger of everything the service did (queued, approved, published,
 * verified, …), recorded from the other modules' events, and its integrity check.
 */
@NullMarked
package vn.cchc.publisher.audit;

import org.jspecify.annotations.NullMarked;
