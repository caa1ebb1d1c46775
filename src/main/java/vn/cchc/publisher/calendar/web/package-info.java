/** The calendar's REST API: {@code /api/calendar} (JSON) and {@code /api/calendar.ics} (iCalendar). */
@NullMarked
package vn.cchc.publisher.calendar.web;

import org.jspecify.annotations.NullMarked;
