package vn.cchc.publisher.publishing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.Approval;
import vn.cchc.publisher.plan.PlanCatalog;

/**
 * What the plan says about an article's publications: the unit (of the plan that has the article's
 * target, preferring the plan of the year it goes out) and whether a leader must approve them (yes,
 * unless the target says {@code approval: none}; an article without a target always needs approval).
 */
class TargetRules {

    private final PlanCatalog plans;
    private final String defaultUnit;

    TargetRules(PlanCatalog plans, String defaultUnit) {
        this.plans = plans;
        this.defaultUnit = defaultUnit;
    }

    record Rule(String unit, boolean approvalRequired) {}

    Rule rule(Article article, Instant plannedAt) {
        String target = article.target();
        if (target == null) {
            return new Rule(defaultUnit, true);
        }
        int year = plannedAt.atOffset(ZoneOffset.ofHours(7)).getYear();
        return plans.load().plans().stream()
                .filter(plan -> plan.target(target).isPresent())
                .min(Comparator.comparingInt(plan -> Math.abs(plan.year() - year)))
                .map(plan -> new Rule(
                        plan.unitKey(), plan.target(target).orElseThrow().approval() == Approval.REQUIRED))
                .orElse(new Rule(defaultUnit, true));
    }
}
