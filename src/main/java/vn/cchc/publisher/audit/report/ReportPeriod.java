package vn.cchc.publisher.audit.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a quarter ({@code 2026-Q1}), a half-year ({@code 2026-H1}) or a year ({@code 2026}).
 *
 * @param code the period as written, normalised (upper-case Q and H)
 * @param from the first day
 * @param to the last day, inclusive
 * @param label the Vietnamese name, e.g. {@code Quý I/2026}, {@code 6 tháng đầu năm 2026}, {@code Năm 2026}
 */
public record ReportPeriod(String code, LocalDate from, LocalDate to, String label) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-([QqHh])([1-4]))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /**
     * Parses {@code 2026-Q1} … {@code 2026-Q4}, {@code 2026-H1}, {@code 2026-H2} or {@code 2026}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static ReportPeriod parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw invalid(text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw invalid(text);
        }
        if (m.group(2) == null) {
            return new ReportPeriod(
                    Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "Năm " + year);
        }
        int n = Integer.parseInt(m.group(3));
        if (m.group(2).equalsIgnoreCase("Q")) {
            LocalDate from = LocalDate.of(year, 3 * (n - 1) + 1, 1);
            return new ReportPeriod(
                    year + "-Q" + n, from, from.plusMonths(3).minusDays(1), "Quý " + ROMAN[n - 1] + "/" + year);
        }
        if (n > 2) {
            throw invalid(text);
        }
        LocalDate from = LocalDate.of(year, n == 1 ? 1 : 7, 1);
        return new ReportPeriod(
                year + "-H" + n,
                from,
                from.plusMonths(6).minusDays(1),
                (n == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year);
    }

    /** The year the period lies in. */
    public int year() {
        return from.getYear();
    }

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid period \"" + text
                + "\"; expected a quarter (2026-Q1), a half-year (2026-H1) or a year (2026)");
    }
}
