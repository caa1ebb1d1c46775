package vn.cchc.publisher.calendar;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.Plan;

/**
 * Derives editorial calendars from the plans ({@link vn.cchc.publisher.plan.PlanCatalog}) and the content
 * ({@link vn.cchc.publisher.content.ContentCatalog}), as of today on the application's clock in each
 * plan's time zone. Plans and content are read on each call.
 */
public interface EditorialCalendar {

    /**
     * The calendars of the valid plans for {@code year}, ordered by plan key.
     *
     * @param unit a unit key ({@link Calendar#unitKey()}) or plan key ({@code ttyt-mau-2026}) to keep
     *     only that unit's plan; null for every unit
     * @return the calendars; empty when no plan matches
     */
    List<Calendar> calendars(int year, @Nullable String unit);

    /**
     * The current year in the time zone of {@code unit}'s plans; for a null or unknown unit, in the time
     * zone all plans share, else Asia/Ho_Chi_Minh.
     */
    int currentYear(@Nullable String unit);

    /** Derives the calendar of {@code plan} with {@code articles} as its content. */
    Calendar calendar(Plan plan, List<Article> articles);
}
