package vn.cchc.publisher.plan.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.plan.PlanProblem;
import vn.cchc.publisher.plan.PlanSnapshot;

/** When the service starts, reads the plans once and logs what was found and every problem. */
@Component
@Profile("!cli")
class PlanStartupCheck {

    private static final Logger log = LoggerFactory.getLogger(PlanStartupCheck.class);

    private final PlanCatalog catalog;

    PlanStartupCheck(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        PlanSnapshot snapshot = catalog.load();
        snapshot.plans()
                .forEach(plan -> log.info(
                        "Plan {} ({} {}, {}): {} targets",
                        plan.file(),
                        plan.unit().name(),
                        plan.year(),
                        plan.planNumber(),
                        plan.targets().size()));
        for (PlanProblem problem : snapshot.problems()) {
            log.warn("Plan problem: {}", problem);
        }
    }
}
