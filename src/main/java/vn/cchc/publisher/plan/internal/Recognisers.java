package vn.cchc.publisher.plan.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.internal.FoundExpression.Strength;
import vn.cchc.publisher.plan.internal.Recogniser.InvalidExpression;

/**
 * The frequency expressions of Vietnamese plans, as patterns over folded text (see {@link FoldedText}),
 * in the order they are tried: longer and more specific forms first, so that "6 tháng cuối năm" is read
 * before "năm" and "1 tin, bài/ tháng" before "tháng".
 */
final class Recognisers {

    private static final String NUM = "(\\d+|mot|hai|ba|bon|sau|muoi)";
    private static final String DATE = "(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?";
    private static final String ROMAN = "(iv|iii|ii|i|[1-4])";
    private static final String PERIOD = "(\\d+\\s+thang|thang|quy|nam)";
    private static final String NOT_DATED = "(?!\\s*(?:/\\s*)?(?:\\d|iv\\b|iii\\b|ii\\b|i\\b))";
    private static final String NOUN = "(?:lan|tin|bai|ban\\s+tin|buoi|so|video|clips?|phong\\s+su|cuoc|hoi\\s+nghi"
            + "|chuyen\\s+de|san\\s+pham|pa\\s*no)";
    private static final String NOUNS =
            NOUN + "(?:\\s+(?:viet|ngan))?(?:\\s*(?:,|/|hoac|va)\\s*" + NOUN + "(?:\\s+(?:viet|ngan))?)*";
    private static final String AT_LEAST = "(?:(?:it\\s+nhat|toi\\s+thieu|khong\\s+it\\s+hon)\\s+)?";
    private static final Map<String, Integer> NUMBER_WORDS =
            Map.of("mot", 1, "hai", 2, "ba", 3, "bon", 4, "sau", 6, "muoi", 10);

    static final List<Recogniser> ALL = List.of(
            prose(
                    "date range",
                    "\\btu\\s+(?:ngay\\s+)?" + DATE + "\\s*(?:den|-)\\s*(?:het\\s+)?(?:ngay\\s+)?" + DATE,
                    Recognisers::dateRange),
            prose(
                    "deadline",
                    "\\b(?:trong|truoc|cham\\s+nhat(?:\\s+la)?|han\\s+chot|han|hoan\\s+thanh\\s+truoc)"
                            + "\\s+(?:ngay\\s+)?" + DATE,
                    Recognisers::deadline),
            strict("dated day", "\\b(?:(?:den|vao)\\s+)?ngay\\s+" + DATE, Recognisers::deadline),
            strict("bare date", "(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\b", Recognisers::deadline),
            prose(
                    "month range",
                    "\\b(?:tu\\s+)?thang\\s+(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?\\s*(?:den|-)\\s*(?:het\\s+)?"
                            + "(?:thang\\s+)?(\\d{1,2})\\b(?:\\s*(?:/|nam)\\s*(\\d{4}))?",
                    Recognisers::monthRange),
            prose(
                    "quarter range",
                    "\\b(?:tu\\s+)?quy\\s+" + ROMAN + "\\s*(?:den|-)\\s*(?:het\\s+)?(?:quy\\s+)?" + ROMAN
                            + "\\b(?:\\s*(?:/|nam)\\s*(\\d{4}))?",
                    Recognisers::quarterRange),
            prose(
                    "half",
                    "\\b(?:(?:6|sau)\\s+thang|nua)\\s+(dau|cuoi)(?:\\s+nam)?(?:\\s*/?\\s*(\\d{4}))?\\b",
                    Recognisers::half),
            prose(
                    "period list",
                    "\\b((?:dinh\\s+ky|hang|moi)\\s+)?(6\\s+thang|quy|thang|nam)((?:\\s*(?:,|/|;|-|va)\\s*"
                            + "(?:hang\\s+|moi\\s+)?(?:6\\s+thang|quy|thang|nam)" + NOT_DATED + ")+)",
                    Recognisers::periodList),
            prose("every n", "\\b(?:(\\d+)\\s+)?(thang|quy|nam)\\s*/\\s*(?:(?:1|mot)\\s+)?lan\\b", Recognisers::everyN),
            prose(
                    "count per period",
                    "\\b" + AT_LEAST + NUM + "\\b\\s*([a-z][a-z ,]{0,40}?)?\\s*(?:/|\\bmoi\\b|\\bmot\\b"
                            + "|\\b1\\b|\\btrong(?:\\s+(?:1|mot|moi))?\\b)\\s*" + PERIOD + "\\b" + NOT_DATED,
                    Recognisers::countPerPeriod),
            prose(
                    "period then count",
                    "\\b(?:moi|hang)\\s+(6\\s+thang|thang|quy|nam)\\s*,?\\s*" + AT_LEAST + NUM + "\\s+" + NOUN + "\\b",
                    Recognisers::periodThenCount),
            prose(
                    "period",
                    "(?<!khach\\s)(?<!ngan\\s)\\b(?:(?:dinh\\s+ky\\s+)?(?:hang|moi)|dinh\\s+ky)\\s+"
                            + "(6\\s+thang|thang|quy|nam)\\b" + NOT_DATED,
                    Recognisers::period),
            prose("count", "\\b" + AT_LEAST + NUM + "\\s+" + NOUNS + "\\b", Recognisers::countOnly),
            prose("quarter", "\\bquy\\s+" + ROMAN + "\\b(?:\\s*(?:/|nam|-)\\s*(\\d{4}))?", Recognisers::quarter),
            prose("month", "(?<!\\d\\s)\\bthang\\s+(\\d{1,2})\\b(?:\\s*(?:/|nam|-)\\s*(\\d{4}))?", Recognisers::month),
            strict("year", "\\b(?:(?:trong|ca|suot)\\s+(?:ca\\s+)?)?nam\\s+(\\d{4})\\b", Recognisers::year),
            prose("within the year", "\\b(?:trong|ca|suot)\\s+(?:ca\\s+)?nam\\b" + NOT_DATED, Recognisers::withinYear),
            prose("ongoing", "\\b(?:thuong\\s+xuyen|lien\\s+tuc)\\b", (m, y) -> plain(new Ongoing(), m)),
            prose(
                    "on demand",
                    "\\b(?:khi\\s+co\\s+yeu\\s+cau|theo\\s+yeu\\s+cau|khi\\s+(?:co\\s+)?phat\\s+sinh"
                            + "|dot\\s+xuat|khi\\s+can(?:\\s+thiet)?|khi\\s+co\\s+chi\\s+dao|theo\\s+chi\\s+dao)"
                            + "(?:\\s+(?:cua|tu)\\s+(?:cap\\s+tren|so\\s+y\\s+te|co\\s+quan\\s+(?:cap\\s+tren|chuc\\s+nang)))?\\b",
                    (m, y) -> plain(new OnDemand(), m)));

    private Recognisers() {}

    private static Recogniser prose(String name, String regex, Recogniser.Reader reader) {
        return new Recogniser(name, Pattern.compile(regex), true, reader);
    }

    private static Recogniser strict(String name, String regex, Recogniser.Reader reader) {
        return new Recogniser(name, Pattern.compile(regex), false, reader);
    }

    private static FoundExpression plain(FrequencyRule rule, MatchResult m) {
        return new FoundExpression(rule, Strength.PLAIN, m.start(), m.end());
    }

    private static FoundExpression dateRange(MatchResult m, int year) {
        int toYear = optionalInt(m.group(6), year);
        LocalDate from = date(m.group(1), m.group(2), optionalInt(m.group(3), toYear));
        LocalDate to = date(m.group(4), m.group(5), toYear);
        if (to.isBefore(from)) {
            throw new InvalidExpression("the range ends before it starts");
        }
        return plain(new OneOff(new DateWindow(from, to)), m);
    }

    private static FoundExpression deadline(MatchResult m, int year) {
        return plain(new Deadline(date(m.group(1), m.group(2), optionalInt(m.group(3), year))), m);
    }

    private static FoundExpression monthRange(MatchResult m, int year) {
        int toYear = optionalInt(m.group(4), year);
        int fromMonth = month(m.group(1));
        int toMonth = month(m.group(3));
        DateWindow from = DateWindow.month(optionalInt(m.group(2), toYear), fromMonth);
        DateWindow to = DateWindow.month(toYear, toMonth);
        if (to.to().isBefore(from.from())) {
            throw new InvalidExpression("the range ends before it starts");
        }
        return plain(new OneOff(new DateWindow(from.from(), to.to())), m);
    }

    private static FoundExpression quarterRange(MatchResult m, int year) {
        int y = optionalInt(m.group(3), year);
        int first = quarter(m.group(1));
        int last = quarter(m.group(2));
        if (last < first) {
            throw new InvalidExpression("the range ends before it starts");
        }
        return plain(
                new OneOff(new DateWindow(
                        DateWindow.quarter(y, first).from(),
                        DateWindow.quarter(y, last).to())),
                m);
    }

    private static FoundExpression half(MatchResult m, int year) {
        int half = m.group(1).equals("dau") ? 1 : 2;
        return plain(new OneOff(DateWindow.half(optionalInt(m.group(2), year), half)), m);
    }

    private static @Nullable FoundExpression periodList(MatchResult m, int year) {
        List<Period> periods = new ArrayList<>();
        periods.add(period(m.group(2)));
        Pattern.compile("6\\s+thang|quy|thang|nam")
                .matcher(m.group(3))
                .results()
                .forEach(r -> periods.add(period(r.group())));
        boolean prefixed = m.group(1) != null;
        boolean distinctive = periods.get(0) == Period.HALF_YEAR || periods.get(0) == Period.QUARTER;
        if ((!prefixed && !distinctive) || periods.stream().distinct().count() != periods.size()) {
            return null;
        }
        List<PerPeriod> parts = periods.stream().map(p -> new PerPeriod(1, p)).toList();
        return new FoundExpression(new Multiple(parts), Strength.IMPLICIT, m.start(), m.end());
    }

    private static FoundExpression everyN(MatchResult m, int year) {
        @Nullable
        Period period = m.group(2).equals("thang")
                ? periodOfMonths(optionalInt(m.group(1), 1))
                : m.group(1) == null || m.group(1).equals("1") ? period(m.group(2)) : null;
        if (period == null) {
            throw new InvalidExpression("\"" + m.group() + "\" is not a month, quarter, half-year or year");
        }
        return new FoundExpression(new PerPeriod(1, period), Strength.EXPLICIT, m.start(), m.end());
    }

    private static FoundExpression countPerPeriod(MatchResult m, int year) {
        return new FoundExpression(
                new PerPeriod(count(m.group(1)), period(m.group(3))), Strength.EXPLICIT, m.start(), m.end());
    }

    private static FoundExpression periodThenCount(MatchResult m, int year) {
        return new FoundExpression(
                new PerPeriod(count(m.group(2)), period(m.group(1))), Strength.EXPLICIT, m.start(), m.end());
    }

    private static FoundExpression period(MatchResult m, int year) {
        return new FoundExpression(new PerPeriod(1, period(m.group(1))), Strength.IMPLICIT, m.start(), m.end());
    }

    private static FoundExpression countOnly(MatchResult m, int year) {
        return new FoundExpression(
                new PerPeriod(count(m.group(1)), Period.YEAR), Strength.COUNT_ONLY, m.start(), m.end());
    }

    private static FoundExpression quarter(MatchResult m, int year) {
        return plain(new OneOff(DateWindow.quarter(optionalInt(m.group(2), year), quarter(m.group(1)))), m);
    }

    private static FoundExpression month(MatchResult m, int year) {
        return plain(new OneOff(DateWindow.month(optionalInt(m.group(2), year), month(m.group(1)))), m);
    }

    private static FoundExpression year(MatchResult m, int year) {
        int named = Integer.parseInt(m.group(1));
        Strength strength = named == year ? Strength.YEAR_SCOPE : Strength.PLAIN;
        return new FoundExpression(new OneOff(DateWindow.year(named)), strength, m.start(), m.end());
    }

    private static FoundExpression withinYear(MatchResult m, int year) {
        return new FoundExpression(new OneOff(DateWindow.year(year)), Strength.YEAR_SCOPE, m.start(), m.end());
    }

    private static int count(String number) {
        Integer word = NUMBER_WORDS.get(number);
        int count = word != null ? word : Integer.parseInt(number);
        if (count < 1 || count > 366) {
            throw new InvalidExpression("a count of " + count + " is not possible");
        }
        return count;
    }

    private static Period period(String word) {
        String w = word.replaceAll("\\s+", " ");
        return switch (w) {
            case "thang" -> Period.MONTH;
            case "quy" -> Period.QUARTER;
            case "nam" -> Period.YEAR;
            default -> {
                Period p = periodOfMonths(Integer.parseInt(w.substring(0, w.indexOf(' '))));
                if (p == null) {
                    throw new InvalidExpression("\"" + w + "\" is not a month, quarter, half-year or year");
                }
                yield p;
            }
        };
    }

    private static @Nullable Period periodOfMonths(int months) {
        for (Period p : Period.values()) {
            if (p.months() == months) {
                return p;
            }
        }
        return null;
    }

    private static int quarter(String numeral) {
        return switch (numeral) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static int month(String number) {
        int month = Integer.parseInt(number);
        if (month < 1 || month > 12) {
            throw new InvalidExpression("there is no month " + month);
        }
        return month;
    }

    private static LocalDate date(String day, String month, int year) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidExpression("there is no date " + day + "/" + month + "/" + year);
        }
    }

    private static int optionalInt(@Nullable String number, int otherwise) {
        return number == null ? otherwise : Integer.parseInt(number);
    }
}
