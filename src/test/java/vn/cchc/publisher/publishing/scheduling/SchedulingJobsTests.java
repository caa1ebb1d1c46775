package vn.cchc.publisher.publishing.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import vn.cchc.publisher.publishing.MonthlyResult;
import vn.cchc.publisher.publishing.PassResult;
import vn.cchc.publisher.publishing.Reverification;
import vn.cchc.publisher.publishing.scheduling.CountingEngine.Call;

/** The jobs on their own: what they ask of the engine, at which time. */
class SchedulingJobsTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ScheduleProperties DEFAULTS =
            new ScheduleProperties("0 * * * * ?", "0 0 8 1 * ?", "30 * * * * ?", VIETNAM);

    private final CountingEngine engine = new CountingEngine();
    private final JobExecutionContext context = mock(JobExecutionContext.class);

    @Test
    void publishDueRecoversFirstThenPublishesAtTheClocksTime() throws Exception {
        Instant now = Instant.parse("2026-03-20T05:00:00Z");

        new PublishDueJob(engine, Clock.fixed(now, VIETNAM)).execute(context);

        assertThat(engine.calls)
                .extracting(Call::method, Call::now)
                .containsExactly(tuple("recover", now), tuple("publishDue", now));
    }

    @Test
    void verifyPublishedRunsAtTheClocksTime() throws Exception {
        Instant now = Instant.parse("2026-03-20T05:00:30Z");

        new VerifyPublishedJob(engine, Clock.fixed(now, VIETNAM)).execute(context);

        assertThat(engine.calls).extracting(Call::method, Call::now).containsExactly(tuple("verifyPublished", now));
    }

    @Test
    void monthlyPublicationTakesTheMonthInVietnamNotInTheClocksZone() throws Exception {
        // 00:30 on 1 December in Vietnam, still 30 November in UTC
        Instant now = Instant.parse("2026-11-30T17:30:00Z");

        new MonthlyPublicationJob(engine, Clock.fixed(now, ZoneOffset.UTC), DEFAULTS).execute(context);

        assertThat(engine.calls).containsExactly(new Call("publishMonthly", now, YearMonth.of(2026, 12)));
    }

    @Test
    void aFailingPassIsReportedToQuartzWithoutAnImmediateRefire() {
        CountingEngine failing = new CountingEngine() {
            @Override
            public PassResult publishDue(Instant now, boolean dryRun) {
                throw new IllegalStateException("database unavailable");
            }
        };

        assertThatThrownBy(() -> new PublishDueJob(failing, Clock.systemUTC()).execute(context))
                .isInstanceOfSatisfying(
                        JobExecutionException.class,
                        e -> assertThat(e.refireImmediately()).isFalse())
                .hasMessageContaining("database unavailable");
    }

    @Test
    void aFailingMonthlyPublicationNamesTheMonth() {
        CountingEngine failing = new CountingEngine() {
            @Override
            public MonthlyResult publishMonthly(YearMonth month, Instant now) {
                throw new IllegalStateException("plan unreadable");
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T01:00:00Z"), VIETNAM);

        assertThatThrownBy(() -> new MonthlyPublicationJob(failing, clock, DEFAULTS).execute(context))
                .isInstanceOf(JobExecutionException.class)
                .hasMessageContaining("2026-05")
                .hasMessageContaining("plan unreadable");
    }

    @Test
    void aBadCronExpressionNamesTheSettingItCameFrom() {
        assertThatThrownBy(() -> new ScheduleProperties("0 * * * * ?", "on the first", "30 * * * * ?", VIETNAM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cchc.publishing.schedule.monthly")
                .hasMessageContaining("'on the first'");
    }

    @Test
    void theSqlDialectFollowsTheDatabase() {
        assertThat(DriverDelegateCustomizer.delegateFor("PostgreSQL")).isEqualTo(PostgreSQLDelegate.class);
        assertThat(DriverDelegateCustomizer.delegateFor("H2")).isEqualTo(StdJDBCDelegate.class);
        assertThatThrownBy(() -> DriverDelegateCustomizer.delegateFor("MySQL"))
                .hasMessageContaining("H2 and PostgreSQL only")
                .hasMessageContaining("MySQL");
    }

    @Test
    void reverificationRunsAtTheClocksTimeAndSkipsWhenARunIsUnderWay() throws Exception {
        Instant now = Instant.parse("2026-03-22T19:00:00Z");
        java.util.List<Instant> runs = new java.util.ArrayList<>();
        Reverification recording = new Reverification() {
            @Override
            public String startAll() {
                throw new AssertionError("the job runs in its own thread");
            }

            @Override
            public Run runAll(Instant at) {
                runs.add(at);
                if (runs.size() > 1) {
                    throw new Reverification.AlreadyRunning("x");
                }
                return new Run("x", 2026, java.util.List.of(), null);
            }
        };

        new ReverifyJob(recording, Clock.fixed(now, VIETNAM)).execute(context);
        new ReverifyJob(recording, Clock.fixed(now, VIETNAM)).execute(context);

        assertThat(runs).containsExactly(now, now);
    }

    @Test
    void aFailingReverificationIsReportedToQuartz() {
        Reverification failing = new Reverification() {
            @Override
            public String startAll() {
                throw new AssertionError();
            }

            @Override
            public Run runAll(Instant at) {
                throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
            }
        };

        assertThatThrownBy(() -> new ReverifyJob(failing, Clock.systemUTC()).execute(context))
                .isInstanceOfSatisfying(
                        JobExecutionException.class,
                        e -> assertThat(e.refireImmediately()).isFalse())
                .hasMessageContaining("disk full");
    }
}
