/**
 * The editorial calendar: the slots a plan's targets ask for (target × window, per area where the
 * target says so), the content assigned to them, and each slot's state, with text, JSON and iCalendar
 * views.
 *
 * <p>Other modules use {@link vn.cchc.publisher.calendar.EditorialCalendar} to get calendars and
 * {@link vn.cchc.publisher.calendar.CalendarFormats} to write them. The publishing module tells the
 * calendar how far each content item got by providing a
 * {@link vn.cchc.publisher.calendar.PublicationProgress} bean. Nothing in this package returns or
 * accepts null unless a parameter or component is marked {@code @Nullable}.
 */
@NullMarked
package vn.cchc.publisher.calendar;

import org.jspecify.annotations.NullMarked;
