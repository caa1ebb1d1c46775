package vn.cchc.publisher.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.cchc.publisher.calendar.AssignedContent;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.CalendarProperties;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.calendar.PublicationProgress;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanCatalog;

/** The editorial calendar over the plan and content catalogues, on the application's clock. */
@Service
class CalendarService implements EditorialCalendar {

    /** The time zone of Vietnam, for a year asked for without a plan to take the zone from. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlanCatalog plans;
    private final ContentCatalog content;
    private final PublicationProgress progress;
    private final CalendarProperties properties;
    private final Clock clock;

    CalendarService(
            PlanCatalog plans,
            ContentCatalog content,
            PublicationProgress progress,
            CalendarProperties properties,
            ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.content = content;
        this.progress = progress;
        this.properties = properties;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    public List<Calendar> calendars(int year, @Nullable String unit) {
        List<Plan> chosen = plans.load().plansFor(year).stream()
                .filter(plan -> unit == null || UnitKeys.matches(plan, unit))
                .sorted(Comparator.comparing(Plan::key))
                .toList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<Article> articles = content.load().articles();
        return chosen.stream().map(plan -> calendar(plan, articles)).toList();
    }

    @Override
    public int currentYear(@Nullable String unit) {
        List<Plan> all = plans.load().plans();
        List<ZoneId> zones = all.stream()
                .filter(plan -> unit != null && UnitKeys.matches(plan, unit))
                .map(Plan::timezone)
                .distinct()
                .toList();
        if (zones.isEmpty()) {
            zones = all.stream().map(Plan::timezone).distinct().toList();
        }
        ZoneId zone = zones.size() == 1 ? zones.get(0) : VIETNAM;
        return LocalDate.ofInstant(clock.instant(), zone).getYear();
    }

    @Override
    public Calendar calendar(Plan plan, List<Article> articles) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), plan.timezone());
        List<SlotSpec> specs = SlotDeriver.derive(plan);
        ContentAssigner.Result result = ContentAssigner.assign(plan, specs, articles, progress, today);
        Map<String, List<AssignedContent>> assigned = result.assigned();
        List<Slot> slots = new ArrayList<>(specs.size());
        for (SlotSpec spec : specs) {
            List<AssignedContent> content = assigned.getOrDefault(spec.id(), List.of());
            slots.add(new Slot(
                    spec.id(),
                    spec.target(),
                    spec.area(),
                    spec.period(),
                    spec.window(),
                    spec.due(),
                    SlotStates.of(spec, content, today, properties.leadDays()),
                    content));
        }
        return new Calendar(plan, UnitKeys.of(plan), today, slots, result.unassigned());
    }
}
