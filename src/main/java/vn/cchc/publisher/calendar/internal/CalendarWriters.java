package vn.cchc.publisher.calendar.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.CalendarFormats;

/** The three formats of the calendar. */
@Component
class CalendarWriters implements CalendarFormats {

    private final JsonCalendarWriter json = new JsonCalendarWriter();
    private final IcsCalendarWriter ics;

    CalendarWriters(ObjectProvider<Clock> clock) {
        this.ics = new IcsCalendarWriter(clock.getIfUnique(Clock::systemUTC));
    }

    @Override
    public String text(int year, List<Calendar> calendars) {
        return TextCalendarWriter.write(year, calendars);
    }

    @Override
    public String json(int year, List<Calendar> calendars) {
        return json.write(year, calendars);
    }

    @Override
    public String ics(int year, List<Calendar> calendars) {
        return ics.write(year, calendars);
    }
}
