/**
 * The reports' implementation: the model built from the plan, the calendar, the publications, their
 * verifications and the offline activities; the explanations; the writers of each format.
 */
@NullMarked
package vn.cchc.publisher.audit.report.internal;

import org.jspecify.annotations.NullMarked;
