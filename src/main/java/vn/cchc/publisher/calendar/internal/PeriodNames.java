package vn.cchc.publisher.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.Period;

/**
 * Names of calendar periods: the short keys used in slot ids ({@code 2026-03}, {@code 2026-Q1},
 * {@code 2026-H1}, {@code 2026}) and the Vietnamese names users read ("tháng 3/2026", "quý I/2026",
 * "6 tháng đầu năm 2026", "năm 2026").
 */
final class PeriodNames {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");
    private static final List<Period> SHORTEST_FIRST =
            List.of(Period.MONTH, Period.QUARTER, Period.HALF_YEAR, Period.YEAR);

    private PeriodNames() {}

    /** The period whose window is exactly {@code window}, if there is one. */
    static Optional<Period> periodOf(DateWindow window) {
        return SHORTEST_FIRST.stream()
                .filter(p -> p.window(window.from()).equals(window))
                .findFirst();
    }

    /** The key of the {@code period} that starts on {@code from}: {@code 2026-03}, {@code 2026-Q1}, … */
    static String key(Period period, LocalDate from) {
        int year = from.getYear();
        int month = from.getMonthValue();
        return switch (period) {
            case MONTH -> year + (month < 10 ? "-0" : "-") + month;
            case QUARTER -> year + "-Q" + ((month - 1) / 3 + 1);
            case HALF_YEAR -> year + "-H" + ((month - 1) / 6 + 1);
            case YEAR -> Integer.toString(year);
        };
    }

    /** The Vietnamese name of the {@code period} that starts on {@code from}: "tháng 3/2026", … */
    static String name(Period period, LocalDate from) {
        int year = from.getYear();
        int month = from.getMonthValue();
        return switch (period) {
            case MONTH -> "tháng " + month + "/" + year;
            case QUARTER -> "quý " + ROMAN.get((month - 1) / 3) + "/" + year;
            case HALF_YEAR -> (month <= 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "năm " + year;
        };
    }

    /** The key of any window: its period's key, else {@code 2026-03-01..2026-06-15}. */
    static String key(DateWindow window) {
        return periodOf(window).map(p -> key(p, window.from())).orElse(window.from() + ".." + window.to());
    }

    /** The Vietnamese name of any window: its period's name, else "01/03/2026 – 15/06/2026". */
    static String name(DateWindow window) {
        return periodOf(window).map(p -> name(p, window.from())).orElse(window.toVietnamese());
    }

    /** A date as users read it: {@code 31/03/2026}. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
