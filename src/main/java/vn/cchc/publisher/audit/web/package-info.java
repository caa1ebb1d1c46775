/** The reports' REST API: {@code /api/reports/{period}} and the explanations of targets. */
@NullMarked
package vn.cchc.publisher.audit.web;

import org.jspecify.annotations.NullMarked;
