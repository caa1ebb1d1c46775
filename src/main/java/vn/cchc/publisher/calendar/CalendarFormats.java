package vn.cchc.publisher.calendar;

import java.util.List;

/** Writes calendars for people (text), programs (JSON) and calendar applications (iCalendar). */
public interface CalendarFormats {

    /** Plain text grouped by month, in Vietnamese, dates as {@code dd/MM/yyyy}. */
    String text(int year, List<Calendar> calendars);

    /**
     * A JSON document {@code {"year": 2026, "calendars": [...]}}; the layout is described in
     * {@code src/site/markdown/reference/plans.md}.
     */
    String json(int year, List<Calendar> calendars);

    /**
     * An iCalendar (RFC 5545) file with one all-day VEVENT per slot, on its due date (over the whole
     * window for an ongoing slot), UID {@code <slot-id>@cchc-publisher}.
     */
    String ics(int year, List<Calendar> calendars);
}
