package vn.cchc.publisher.web.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** Dates and times as the pages show them ({@code dd/MM/yyyy}, Vietnam time) and read them from forms. */
@NullMarked
final class UiDates {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter DAY_STRICT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private UiDates() {}

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String dayTime(Instant instant) {
        return DAY_TIME.format(instant.atZone(VIETNAM));
    }

    static @Nullable String dayTimeOrNull(@Nullable Instant instant) {
        return instant == null ? null : dayTime(instant);
    }

    /**
     * A day typed as {@code dd/MM/yyyy} or sent by a date input as {@code yyyy-MM-dd}; null when blank.
     *
     * @throws DateTimeParseException when it is neither
     */
    static @Nullable LocalDate parseDay(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.contains("/") ? LocalDate.parse(t, DAY_STRICT) : LocalDate.parse(t);
    }
}
