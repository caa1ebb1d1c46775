/**
 * The REST API under {@code /api}: publications, content, the audit trail and offline activities, as JSON,
 * with errors as RFC 9457 problem details and the OpenAPI description at {@code /api/openapi}.
 */
@NullMarked
package vn.cchc.publisher.web.api;

import org.jspecify.annotations.NullMarked;
