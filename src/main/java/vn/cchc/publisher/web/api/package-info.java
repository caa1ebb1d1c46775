/**
 * The REST API under {@code /api} that belongs to no one module: publications, content, the audit trail,
 * offline activities and long work's progress ({@code /api/tasks}), as JSON, with errors as RFC 9457 problem
 * details and the OpenAPI description at {@code /api/openapi}.
 */
@NullMarked
package vn.cchc.publisher.web.api;

import org.jspecify.annotations.NullMarked;
