package vn.cchc.publisher.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A calendar period a count applies to. Periods are calendar-aligned in the plan year: months, quarters
 * (Quý I = January–March), halves (January–June, July–December) and the year.
 */
public enum Period {
    MONTH("month", "tháng", 1),
    QUARTER("quarter", "quý", 3),
    HALF_YEAR("half-year", "6 tháng", 6),
    YEAR("year", "năm", 12);

    private final String id;
    private final String vietnamese;
    private final int months;

    Period(String id, String vietnamese, int months) {
        this.id = id;
        this.vietnamese = vietnamese;
        this.months = months;
    }

    /** The identifier used in plan files: {@code month}, {@code quarter}, {@code half-year}, {@code year}. */
    public String id() {
        return id;
    }

    /** The Vietnamese word, as in "1 bài/quý": {@code tháng}, {@code quý}, {@code 6 tháng}, {@code năm}. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The length in months: 1, 3, 6 or 12. */
    public int months() {
        return months;
    }

    /** How many of these periods a year has: 12, 4, 2 or 1. */
    public int perYear() {
        return 12 / months;
    }

    /** The windows of {@code year}, in order: 12 months, 4 quarters, 2 halves or the year itself. */
    public List<DateWindow> windows(int year) {
        return IntStream.range(0, perYear())
                .mapToObj(i -> window(LocalDate.of(year, 1 + i * months, 1)))
                .toList();
    }

    /** The window of this period that contains {@code date}. */
    public DateWindow window(LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
        LocalDate from = LocalDate.of(date.getYear(), firstMonth, 1);
        return new DateWindow(from, from.plusMonths(months).minusDays(1));
    }

    /** Finds a period by its identifier; empty if there is none. */
    public static Optional<Period> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    /** The identifiers, separated by {@code |}, for error messages. */
    public static String ids() {
        return String.join("|", Arrays.stream(values()).map(Period::id).toList());
    }
}
