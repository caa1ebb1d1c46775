package vn.cchc.publisher.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.calendar.CalendarFixtures.article;
import static vn.cchc.publisher.calendar.CalendarFixtures.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule.Deadline;
import vn.cchc.publisher.plan.FrequencyRule.Multiple;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.PlanSnapshot;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;

/**
 * Derives the calendars of a whole country's district health centres: 700 units, each with a 20-target
 * plan mixing every kind of frequency and about 30 articles of its own. Writes the median time after
 * warm-up to {@code target/bench/calendar.txt}. Run with {@code ./mvnw -o -Pbench test -Dtest=CalendarBenchmark}.
 */
class CalendarBenchmark {

    private static final int UNITS = 700;
    private static final int WARM_UP = 10;
    private static final int RUNS = 15;

    @Test
    void derivesTheCalendarsOf700Units() throws IOException {
        List<Plan> plans = new ArrayList<>(UNITS);
        List<List<Article>> content = new ArrayList<>(UNITS);
        for (int unit = 0; unit < UNITS; unit++) {
            plans.add(CalendarFixtures.plan(String.format("ttyt-%03d", unit), 2026, targets()));
            content.add(articles(unit));
        }
        EditorialCalendar calendar = calendarBean(CalendarFixtures.clockOn(LocalDate.of(2026, 6, 15)));

        int slots = 0;
        for (int i = 0; i < WARM_UP; i++) {
            slots = deriveAll(calendar, plans, content);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            deriveAll(calendar, plans, content);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[RUNS / 2] / 1e6;

        int articles = content.stream().mapToInt(List::size).sum();
        String report = String.format(
                Locale.ROOT,
                "calendar derivation: %d units x %d-target plan, %d slots, %d articles%n"
                        + "median of %d runs after %d warm-up runs: %.1f ms (min %.1f ms, max %.1f ms)%n"
                        + "java %s, %d processors%n",
                UNITS,
                plans.get(0).targets().size(),
                slots,
                articles,
                RUNS,
                WARM_UP,
                medianMs,
                nanos[0] / 1e6,
                nanos[RUNS - 1] / 1e6,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Path out = Path.of("target", "bench", "calendar.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertThat(slots).isEqualTo(UNITS * 127);
    }

    private static int deriveAll(EditorialCalendar calendar, List<Plan> plans, List<List<Article>> content) {
        int slots = 0;
        for (int i = 0; i < plans.size(); i++) {
            slots += calendar.calendar(plans.get(i), content.get(i)).slots().size();
        }
        return slots;
    }

    /** The calendar bean as the application wires it, over the given clock. */
    private static EditorialCalendar calendarBean(Clock clock) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(Clock.class, () -> clock);
        context.registerBean(CalendarProperties.class, () -> new CalendarProperties(Duration.ofDays(14)));
        context.registerBean(PlanCatalog.class, NoPlans::new);
        context.registerBean(ContentCatalog.class, NoContent::new);
        context.scan("vn.cchc.publisher.calendar.internal");
        context.refresh();
        return context.getBean(EditorialCalendar.class);
    }

    /** 20 targets: 127 slots a year. */
    private static Target[] targets() {
        Area[] reform = {
            Area.THE_CHE,
            Area.THU_TUC_HANH_CHINH,
            Area.TO_CHUC_BO_MAY,
            Area.CHE_DO_CONG_VU,
            Area.TAI_CHINH_CONG,
            Area.CHINH_QUYEN_SO
        };
        return new Target[] {
            target("web-monthly").build(), // 12
            target("social-monthly")
                    .channels(PlanChannel.FACEBOOK, PlanChannel.ZALO)
                    .build(), // 12
            target("reform-areas")
                    .rule(new PerPeriod(1, Period.QUARTER))
                    .perArea(reform)
                    .build(), // 24
            target("tthc-listing")
                    .kind(TargetKind.TTHC_LISTING)
                    .rule(new OneOff(DateWindow.quarter(2026, 1)))
                    .build(), // 1
            target("press")
                    .kind(TargetKind.PRESS)
                    .rule(new PerPeriod(2, Period.YEAR))
                    .build(), // 2
            target("meetings")
                    .kind(TargetKind.EVENT)
                    .rule(new PerPeriod(1, Period.QUARTER))
                    .build(), // 4
            target("visual").kind(TargetKind.VISUAL).rule(new Ongoing()).build(), // 1
            target("contests").kind(TargetKind.CONTEST).rule(new OnDemand()).build(), // 0
            target("reports")
                    .kind(TargetKind.REPORT)
                    .rule(new Multiple(List.of(new PerPeriod(1, Period.HALF_YEAR), new PerPeriod(1, Period.YEAR))))
                    .build(), // 3
            target("video")
                    .kind(TargetKind.VIDEO)
                    .rule(new PerPeriod(1, Period.QUARTER))
                    .build(), // 4
            target("newsletter").kind(TargetKind.NEWSLETTER).build(), // 12
            target("index-report")
                    .kind(TargetKind.REPORT)
                    .rule(new Deadline(LocalDate.of(2026, 9, 15)))
                    .build(), // 1
            target("online-contest")
                    .kind(TargetKind.CONTEST)
                    .rule(new OneOff(DateWindow.month(2026, 9)))
                    .build(), // 1
            target("short-news").rule(new PerPeriod(2, Period.MONTH)).build(), // 24
            target("yearly-review").rule(new PerPeriod(1, Period.YEAR)).build(), // 1
            target("areas-half")
                    .rule(new PerPeriod(1, Period.HALF_YEAR))
                    .perArea(Area.CHI_DAO_DIEU_HANH, Area.KET_QUA_CCHC, Area.DIEN_HINH)
                    .build(), // 6
            target("digital")
                    .areas(Area.CHINH_QUYEN_SO)
                    .rule(new PerPeriod(1, Period.QUARTER))
                    .build(), // 4
            target("news").rule(new Ongoing()).build(), // 1
            target("press-quarterly")
                    .kind(TargetKind.PRESS)
                    .rule(new PerPeriod(4, Period.YEAR))
                    .build(), // 4
            target("training")
                    .kind(TargetKind.EVENT)
                    .rule(new PerPeriod(1, Period.MONTH))
                    .active(new DateWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)))
                    .build() // 10
        };
    }

    /** About 30 articles: dated monthly news, undated area articles, per-area articles, strays. */
    private static List<Article> articles(int unit) {
        List<CalendarFixtures.ArticleBuilder> items = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            CalendarFixtures.ArticleBuilder news = article(unit + "-news-" + month)
                    .target("web-monthly")
                    .publishAt(String.format("2026-%02d-%02dT08:00", month, 1 + (unit + month) % 27));
            items.add(month % 3 == 0 ? news : news.ready());
        }
        Area[] areas = Area.values();
        for (int i = 0; i < 8; i++) {
            items.add(article(unit + "-area-" + i).area(areas[(unit + i) % areas.length]));
        }
        for (int i = 0; i < 6; i++) {
            items.add(article(unit + "-reform-" + i)
                    .target("reform-areas")
                    .area(areas[i])
                    .publishAt(String.format("2026-%02d-10T08:00", 1 + i * 2))
                    .ready());
        }
        items.add(article(unit + "-stray").target("no-such-target"));
        items.add(article(unit + "-press").target("press"));
        items.add(article(unit + "-plain-1"));
        items.add(article(unit + "-plain-2").publishAt("2026-07-01T08:00"));
        return CalendarFixtures.articles(items.toArray(CalendarFixtures.ArticleBuilder[]::new));
    }

    private static final class NoPlans implements PlanCatalog {
        @Override
        public PlanSnapshot load() {
            return new PlanSnapshot(List.of(), List.of());
        }

        @Override
        public PlanSnapshot read(Path file) {
            return load();
        }

        @Override
        public PlanSnapshot parse(String fileName, String yaml) {
            return load();
        }
    }

    private static final class NoContent implements ContentCatalog {
        @Override
        public ContentSnapshot load() {
            return new ContentSnapshot(List.of(), List.of(), List.of());
        }

        @Override
        public Optional<Article> readArticle(Path file, List<ContentProblem> problems) {
            return Optional.empty();
        }
    }
}
