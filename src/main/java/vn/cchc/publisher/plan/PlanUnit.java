package vn.cchc.publisher.plan;

import org.jspecify.annotations.Nullable;

/**
 * The unit that issued a plan.
 *
 * @param name the unit's name, e.g. "Trung tâm Y tế huyện Mẫu"
 * @param id a short stable identifier for the unit, kebab-case; null if the file gives none
 */
public record PlanUnit(String name, @Nullable String id) {}
