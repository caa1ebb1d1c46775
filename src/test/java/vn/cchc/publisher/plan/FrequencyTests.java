package vn.cchc.publisher.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;

class FrequencyTests {

    private static final int YEAR = 2026;

    private static final FrequencyRule MONTHLY = new PerPeriod(1, Period.MONTH);
    private static final FrequencyRule QUARTERLY = new PerPeriod(1, Period.QUARTER);
    private static final FrequencyRule TWICE_A_YEAR = new PerPeriod(2, Period.YEAR);

    /** Every expression of the table in docs/domain.md, with the meaning given there. */
    static Stream<Arguments> domainTable() {
        return Stream.of(
                Arguments.of("Hàng tháng", MONTHLY),
                Arguments.of("hàng tháng", MONTHLY),
                Arguments.of("ít nhất 1 lần/tháng", MONTHLY),
                Arguments.of("1 tin, bài/ tháng", MONTHLY),
                Arguments.of("1 bài/ tháng", MONTHLY),
                Arguments.of("1 bản tin/ tháng", MONTHLY),
                Arguments.of("Hàng quý", QUARTERLY),
                Arguments.of("Định kỳ 01 lần/quý", QUARTERLY),
                Arguments.of("1 bài/ quý", QUARTERLY),
                Arguments.of("Thực hiện ít nhất 01 buổi/ quý", QUARTERLY),
                Arguments.of("02 bài/năm", TWICE_A_YEAR),
                Arguments.of("02 tin, bài viết hoặc video", TWICE_A_YEAR),
                Arguments.of("Quý I/2024", new OneOff(DateWindow.quarter(2024, 1))),
                Arguments.of("Quý IV", new OneOff(DateWindow.quarter(YEAR, 4))),
                Arguments.of("6 tháng cuối năm 2025", new OneOff(DateWindow.half(2025, 2))),
                Arguments.of("Tháng 9/2026", new OneOff(DateWindow.month(2026, 9))),
                Arguments.of("Năm 2025", new OneOff(DateWindow.year(2025))),
                Arguments.of("trong ngày 15/9/2025", new Deadline(LocalDate.of(2025, 9, 15))),
                Arguments.of("trước ngày 30/6/2026", new Deadline(LocalDate.of(2026, 6, 30))),
                Arguments.of(
                        "Định kỳ 6 tháng, năm",
                        new Multiple(List.of(new PerPeriod(1, Period.HALF_YEAR), new PerPeriod(1, Period.YEAR)))),
                Arguments.of("Thường xuyên", new Ongoing()),
                Arguments.of("Thường xuyên trong năm", new Ongoing()),
                Arguments.of("Khi có yêu cầu", new OnDemand()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domainTable")
    void readsEveryExpressionOfTheDomainTable(String text, FrequencyRule expected) {
        assertThat(Frequency.parse(text, YEAR)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domainTable")
    void readsTheDomainTableWithoutDiacritics(String text, FrequencyRule expected) {
        String ocr = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        assertThat(Frequency.parse(ocr, YEAR)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domainTable")
    void readsTheDomainTableShoutedAndDecomposed(String text, FrequencyRule expected) {
        String odd = Normalizer.normalize("  " + text.toUpperCase(java.util.Locale.ROOT) + " ", Normalizer.Form.NFD);
        assertThat(Frequency.parse(odd, YEAR)).isEqualTo(expected);
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("Hang thang", MONTHLY),
                Arguments.of("hằng tháng", MONTHLY),
                Arguments.of("Mỗi tháng", MONTHLY),
                Arguments.of("Quy I", new OneOff(DateWindow.quarter(YEAR, 1))),
                Arguments.of("Dinh ky 01 lan/quy", QUARTERLY),
                Arguments.of("Định kỳ 1 lần / quý", QUARTERLY),
                Arguments.of("định   kỳ 01   lần  /   quý", QUARTERLY),
                Arguments.of("Định kỳ hàng quý", QUARTERLY),
                Arguments.of("1 lần/3 tháng", QUARTERLY),
                Arguments.of("3 tháng/lần", QUARTERLY),
                Arguments.of("mỗi quý 01 buổi", QUARTERLY),
                Arguments.of("một lần/tháng", MONTHLY),
                Arguments.of("1 bài viết/tháng", MONTHLY),
                Arguments.of("1 số/tháng", MONTHLY),
                Arguments.of("Hàng tháng, 1 tin, bài/ tháng", MONTHLY),
                Arguments.of("Thường xuyên, ít nhất 1 lần/tháng", MONTHLY),
                Arguments.of("Hàng quý; khi có yêu cầu", QUARTERLY),
                Arguments.of("02 bài/năm, năm 2026", TWICE_A_YEAR),
                Arguments.of("2 bài trong năm", TWICE_A_YEAR),
                Arguments.of("04 tin, bài/năm", new PerPeriod(4, Period.YEAR)),
                Arguments.of("Hàng năm", new PerPeriod(1, Period.YEAR)),
                Arguments.of("Định kỳ 6 tháng", new PerPeriod(1, Period.HALF_YEAR)),
                Arguments.of("1 lần/6 tháng", new PerPeriod(1, Period.HALF_YEAR)),
                Arguments.of(
                        "hàng quý/năm",
                        new Multiple(List.of(new PerPeriod(1, Period.QUARTER), new PerPeriod(1, Period.YEAR)))),
                Arguments.of(
                        "Định kỳ hàng quý, 6 tháng, năm",
                        new Multiple(List.of(
                                new PerPeriod(1, Period.QUARTER),
                                new PerPeriod(1, Period.HALF_YEAR),
                                new PerPeriod(1, Period.YEAR)))),
                Arguments.of("Quý I / 2024", new OneOff(DateWindow.quarter(2024, 1))),
                Arguments.of("Quý 2 năm 2026", new OneOff(DateWindow.quarter(2026, 2))),
                Arguments.of("trong Quý III", new OneOff(DateWindow.quarter(YEAR, 3))),
                Arguments.of("6 tháng đầu năm", new OneOff(DateWindow.half(YEAR, 1))),
                Arguments.of("6 thang cuoi nam 2025", new OneOff(DateWindow.half(2025, 2))),
                Arguments.of("Tháng 09 / 2026", new OneOff(DateWindow.month(2026, 9))),
                Arguments.of("tháng 3", new OneOff(DateWindow.month(YEAR, 3))),
                Arguments.of(
                        "Từ tháng 3 đến tháng 6/2026",
                        new OneOff(new DateWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)))),
                Arguments.of(
                        "Quý II - Quý III",
                        new OneOff(new DateWindow(LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 9, 30)))),
                Arguments.of("Trong năm", new OneOff(DateWindow.year(YEAR))),
                Arguments.of("Trong ngay 15/09/2025", new Deadline(LocalDate.of(2025, 9, 15))),
                Arguments.of("Chậm nhất ngày 05/12", new Deadline(LocalDate.of(YEAR, 12, 5))),
                Arguments.of("Quý III, trước ngày 15/9/2026", new Deadline(LocalDate.of(2026, 9, 15))),
                Arguments.of("01 buổi trong Quý II", new OneOff(DateWindow.quarter(YEAR, 2))),
                Arguments.of("Thuong xuyen trong nam", new Ongoing()),
                Arguments.of("Thường xuyên, liên tục", new Ongoing()),
                Arguments.of("Khi có yêu cầu của cấp trên", new OnDemand()),
                Arguments.of("Đột xuất", new OnDemand()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void readsSpellingVariantsAndCombinations(String text, FrequencyRule expected) {
        assertThat(Frequency.parse(text, YEAR)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Hàng ngày",
                "Theo quy định",
                "1 bài/tuần",
                "Hàng tháng trừ tháng Tết",
                "",
                "   ",
                "Tháng 13/2026",
                "trước ngày 30/2/2026",
                "1 bài/tháng, 2 bài/tháng",
                "1 bài/tháng, 3 bài/năm",
                "Hàng tháng, Quý I",
                "Thường xuyên, Quý I",
                "Quý I, Quý III",
                "1 lần/5 tháng"
            })
    void refusesWhatItDoesNotUnderstand(String text) {
        assertThatThrownBy(() -> Frequency.parse(text, YEAR))
                .isInstanceOf(FrequencyException.class)
                .hasMessageContaining("\"" + text.strip() + "\"")
                .hasMessageContaining("count: 1 and period: month|quarter|half-year|year");
    }

    @Test
    void theFailureQuotesTheTextSaysWhatWasNotUnderstoodAndHowToWriteItExplicitly() {
        assertThatThrownBy(() -> Frequency.parse("Hàng ngày", 2026))
                .isInstanceOf(FrequencyException.class)
                .hasMessage("cannot read the frequency \"Hàng ngày\": no known frequency expression in it"
                        + " (did not understand \"Hàng ngày\"). Write it explicitly instead: count: 1 and period:"
                        + " month|quarter|half-year|year, or window: {from: 2026-01-01, to: 2026-03-31} for a"
                        + " one-off, or due: 2026-09-15 for a deadline")
                .extracting(e -> ((FrequencyException) e).text())
                .isEqualTo("Hàng ngày");
    }

    @Test
    void namesTheWordsItDidNotUnderstandBesideTheOnesItDid() {
        assertThatThrownBy(() -> Frequency.parse("Hàng tháng trừ tháng Tết", YEAR))
                .hasMessageContaining("did not understand \"trừ tháng Tết\"");
    }

    @Test
    void namesTheExpressionsThatDisagree() {
        assertThatThrownBy(() -> Frequency.parse("1 bài/tháng, 2 bài/tháng", YEAR))
                .hasMessageContaining("\"1 bài/tháng\" and \"2 bài/tháng\" cannot be combined");
    }

    @Test
    void usesThePlanYearWhenTheTextNamesNone() {
        assertThat(Frequency.parse("Quý IV", 2025)).isEqualTo(new OneOff(DateWindow.quarter(2025, 4)));
        assertThat(Frequency.parse("Quý IV/2027", 2025)).isEqualTo(new OneOff(DateWindow.quarter(2027, 4)));
    }

    @Test
    void describesRulesInVietnamese() {
        assertThat(Frequency.parse("Định kỳ 01 lần/quý", YEAR).describe()).isEqualTo("1 lần/quý");
        assertThat(Frequency.parse("Định kỳ 6 tháng, năm", YEAR).describe()).isEqualTo("1 lần/6 tháng, 1 lần/năm");
        assertThat(Frequency.parse("Quý I/2026", YEAR).describe()).isEqualTo("1 lần, 01/01/2026 – 31/03/2026");
        assertThat(Frequency.parse("trong ngày 15/9/2025", YEAR).describe()).isEqualTo("trước ngày 15/09/2025");
    }
}
