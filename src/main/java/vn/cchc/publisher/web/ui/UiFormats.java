package vn.cchc.publisher.web.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Dates and times as users read them, in Vietnam's time: {@code ${@ui.date(d)}}, {@code ${@ui.time(t)}}. */
@Component("ui")
class UiFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ChannelHealth.VIETNAM);

    /** {@code 05/03/2026}; empty for null. */
    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 05/03/2026 08:30} in Vietnam's time; empty for null. */
    public String time(@Nullable Instant time) {
        return time == null ? "" : TIME.format(time);
    }
}
