/** The publishing module's REST API: {@code POST /api/verification/runs} starts a re-verification. */
@NullMarked
package vn.cchc.publisher.publishing.web;

import org.jspecify.annotations.NullMarked;
