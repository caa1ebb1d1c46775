package vn.cchc.publisher.web.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.Plan;

/** This year's plan an article is written for: the one with its target, else the first one. */
@Component
class ArticlePlans {

    private final EditorialCalendar calendar;

    ArticlePlans(EditorialCalendar calendar) {
        this.calendar = calendar;
    }

    /** The plan whose target the article names, else the first plan; empty when there is no plan. */
    Optional<Plan> planOf(Article article) {
        List<Plan> plans = calendar.calendars(calendar.currentYear(null), null).stream()
                .map(Calendar::plan)
                .toList();
        return plans.stream()
                .filter(plan -> plan.targets().stream().anyMatch(t -> t.id().equals(article.target())))
                .findFirst()
                .or(() -> plans.stream().findFirst());
    }

    /** The time zone of the article's plan; Vietnam when there is none. */
    ZoneId zoneOf(Article article) {
        return planOf(article).map(Plan::timezone).orElse(UiDates.VIETNAM);
    }
}
