package vn.cchc.publisher.web.ui;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link UiDates} for the templates: {@code ${@ui.date(d)}}, {@code ${@ui.time(t)}}.
 */
@Component("ui")
class UiFormats {

    /** {@code 05/03/2026}; empty for null. */
    public String date(@Nullable LocalDate date) {
        return date == null ? "" : UiDates.day(date);
    }

    /** {@code 05/03/2026 08:30} in Vietnam's time; empty for null. */
    public String time(@Nullable Instant time) {
        return time == null ? "" : UiDates.dayTime(time);
    }
}
