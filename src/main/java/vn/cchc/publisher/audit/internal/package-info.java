/** The ledger's implementation: JDBC storage, the canonical form and hash, the event listener. */
@NullMarked
package vn.cchc.publisher.audit.internal;

import org.jspecify.annotations.NullMarked;
