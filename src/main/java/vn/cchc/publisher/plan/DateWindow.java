package vn.cchc.publisher.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A range of calendar days, both ends included, in the unit's time zone.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record DateWindow(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public DateWindow {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The whole of {@code year}. */
    public static DateWindow year(int year) {
        return new DateWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** One month of {@code year}, {@code month} from 1 to 12. */
    public static DateWindow month(int year, int month) {
        LocalDate from = LocalDate.of(year, month, 1);
        return new DateWindow(from, from.plusMonths(1).minusDays(1));
    }

    /** One quarter of {@code year}, {@code quarter} from 1 (Quý I) to 4 (Quý IV). */
    public static DateWindow quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
        }
        return Period.QUARTER.window(LocalDate.of(year, quarter * 3 - 2, 1));
    }

    /** One half of {@code year}: 1 is January–June, 2 is July–December. */
    public static DateWindow half(int year, int half) {
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("half must be 1 or 2, not " + half);
        }
        return Period.HALF_YEAR.window(LocalDate.of(year, half * 6 - 5, 1));
    }

    /** True if {@code date} is in the window. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** True if {@code other} lies entirely inside this window. */
    public boolean contains(DateWindow other) {
        return contains(other.from) && contains(other.to);
    }

    /** True if the two windows share at least one day. */
    public boolean overlaps(DateWindow other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** True if the window is exactly the calendar year {@code year}. */
    public boolean isYear(int year) {
        return equals(year(year));
    }

    /** The window as users read it: {@code 01/01/2026 – 31/03/2026}. */
    public String toVietnamese() {
        return VIETNAMESE.format(from) + " – " + VIETNAMESE.format(to);
    }
}
