/**
 * The plan: the yearly CCHC communications plan file ({@code config/plan-YYYY.yaml}) and its
 * validation, the Vietnamese frequency-expression parser ({@link vn.cchc.publisher.plan.Frequency}),
 * and the import of a plan's text into a proposed plan file.
 *
 * <p>Other modules use {@link vn.cchc.publisher.plan.PlanCatalog} to read the plans and
 * {@link vn.cchc.publisher.plan.FrequencyRule} to know how often each {@link vn.cchc.publisher.plan.Target}
 * is due. Nothing in this package returns or accepts null unless a parameter or component is marked
 * {@code @Nullable}.
 */
@NullMarked
package vn.cchc.publisher.plan;

import org.jspecify.annotations.NullMarked;
