package vn.cchc.publisher.publishing.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.Trigger.TriggerState;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The schedule across restarts, on the JDBC job store in an H2 file as the embedded default has it: a
 * firing missed while the service was down runs once when it is back, and registering the jobs again at
 * every start neither duplicates nor resets them.
 */
class SchedulingRestartTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant CLOCK = Instant.parse("2026-12-01T03:00:00Z");
    /** Far away, so that the every-minute pass stays out of these tests. */
    private static final String NEVER = "0 0 0 1 1 ? 2099";

    @TempDir
    Path dir;

    private final String schedulerName = "restart-test-" + UUID.randomUUID();
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aMonthlyFiringMissedWhileDownRunsOnceWhenTheServiceIsBack() throws Exception {
        try (ConfigurableApplicationContext first = start("0 0 8 1 * ?")) {
            assertThat(first.getBean(CountingEngine.class).calls).isEmpty();
        }
        // down over the scheduled hour: the trigger's firing is now two hours in the past
        long missed = System.currentTimeMillis() - Duration.ofHours(2).toMillis();
        assertThat(sql(
                        "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = 'monthly-publication'",
                        missed))
                .isEqualTo(1);

        ConfigurableApplicationContext second = start("0 0 8 1 * ?");
        CountingEngine engine = second.getBean(CountingEngine.class);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !engine.calls("publishMonthly").isEmpty());
        Scheduler scheduler = second.getBean(Scheduler.class);
        Trigger monthly = scheduler.getTrigger(ScheduleRegistrar.triggerKey(ScheduleRegistrar.MONTHLY));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> scheduler.getCurrentlyExecutingJobs().isEmpty());
        assertThat(engine.calls("publishMonthly"))
                .containsExactly(new CountingEngine.Call("publishMonthly", CLOCK, YearMonth.of(2026, 12)));
        ZonedDateTime next = monthly.getNextFireTime().toInstant().atZone(VIETNAM);
        assertThat(next.getDayOfMonth()).isEqualTo(1);
        assertThat(next.getHour()).isEqualTo(8);
        assertThat(next.toInstant()).isAfter(Instant.now());
        assertThat(scheduler.getTriggerState(monthly.getKey())).isEqualTo(TriggerState.NORMAL);
        assertThat(engine.calls("publishMonthly")).hasSize(1);
    }

    @Test
    void registeringAgainAtStartKeepsOneJobAndOneTriggerEach() throws Exception {
        start("0 0 8 1 * ?").close();
        long firstStart = startTime();

        start("0 0 8 1 * ?").close();

        // publish-due, monthly-publication, verify-published and reverify
        assertThat(count("QRTZ_JOB_DETAILS")).isEqualTo(4);
        assertThat(count("QRTZ_TRIGGERS")).isEqualTo(4);
        assertThat(count("QRTZ_CRON_TRIGGERS")).isEqualTo(4);
        assertThat(startTime())
                .as("the unchanged trigger is kept, not replaced")
                .isEqualTo(firstStart);
    }

    @Test
    void aChangedCronExpressionReplacesTheTrigger() throws Exception {
        start("0 0 8 1 * ?").close();

        ConfigurableApplicationContext changed = start("0 30 9 5 * ?");

        Scheduler scheduler = changed.getBean(Scheduler.class);
        CronTrigger monthly =
                (CronTrigger) scheduler.getTrigger(ScheduleRegistrar.triggerKey(ScheduleRegistrar.MONTHLY));
        assertThat(monthly.getCronExpression()).isEqualTo("0 30 9 5 * ?");
        assertThat(monthly.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(monthly.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        ZonedDateTime next = monthly.getNextFireTime().toInstant().atZone(VIETNAM);
        assertThat(List.of(next.getDayOfMonth(), next.getHour(), next.getMinute()))
                .containsExactly(5, 9, 30);
        assertThat(count("QRTZ_TRIGGERS")).isEqualTo(4);
    }

    @Test
    void reverificationRunsWeeklyOnSundayAtTwoInVietnamByDefault() throws Exception {
        Scheduler scheduler = start("0 0 8 1 * ?").getBean(Scheduler.class);

        CronTrigger reverify =
                (CronTrigger) scheduler.getTrigger(ScheduleRegistrar.triggerKey(ScheduleRegistrar.REVERIFY));
        assertThat(reverify.getCronExpression()).isEqualTo("0 0 2 ? * SUN");
        assertThat(reverify.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(scheduler.getJobDetail(ScheduleRegistrar.REVERIFY).getJobClass())
                .isEqualTo(ReverifyJob.class);
        assertThat(scheduler.getJobDetail(ScheduleRegistrar.REVERIFY).isConcurrentExecutionDisallowed())
                .isTrue();
        ZonedDateTime next = reverify.getNextFireTime().toInstant().atZone(VIETNAM);
        assertThat(List.of(next.getDayOfWeek().getValue(), next.getHour(), next.getMinute()))
                .containsExactly(7, 2, 0);
    }

    private ConfigurableApplicationContext start(String monthly) {
        // as arguments, which win over application.yaml
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Slim.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + url(),
                        "--spring.datasource.username=sa",
                        "--spring.quartz.scheduler-name=" + schedulerName,
                        "--cchc.publishing.schedule.publish-due=" + NEVER,
                        "--cchc.publishing.schedule.monthly=" + monthly);
        started.add(context);
        return context;
    }

    private String url() {
        // the embedded default's settings (application.yaml), in this test's directory
        return "jdbc:h2:file:" + dir.resolve("cchc")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    }

    private int sql(String update, long value) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setLong(1, value);
            return statement.executeUpdate();
        }
    }

    private long count(String table) throws SQLException {
        return query("SELECT COUNT(*) FROM " + table + " WHERE SCHED_NAME = '" + schedulerName + "'");
    }

    private long startTime() throws SQLException {
        return query("SELECT START_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'monthly-publication'");
    }

    private long query(String select) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                var result = connection.createStatement().executeQuery(select)) {
            assertThat(result.next()).isTrue();
            return result.getLong(1);
        }
    }

    /** The database, Flyway, Quartz and this package's beans, with an engine that counts. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        QuartzAutoConfiguration.class
    })
    @EnableConfigurationProperties({ScheduleProperties.class, ReverifySchedule.class})
    @Import({ScheduleRegistrar.class, DriverDelegateCustomizer.class})
    static class Slim {

        @Bean
        CountingEngine engine() {
            return new CountingEngine();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(CLOCK, VIETNAM);
        }
    }
}
