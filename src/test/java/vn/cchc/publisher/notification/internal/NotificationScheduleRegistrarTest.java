package vn.cchc.publisher.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The notification jobs are put in the job store at every start, replaced only when their schedule changed. */
class NotificationScheduleRegistrarTest {

    private final Scheduler scheduler = scheduler();
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(
            new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));

    @AfterEach
    void shutdown() throws Exception {
        scheduler.shutdown();
    }

    private static Scheduler scheduler() {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "notifications-" + UUID.randomUUID());
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        try {
            return new StdSchedulerFactory(properties).getScheduler();
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private void start(Map<String, String> settings) {
        NotificationProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("cchc.notifications", NotificationProperties.class);
        new NotificationScheduleRegistrar(scheduler, properties, transaction).afterSingletonsInstantiated();
    }

    private CronTrigger trigger() throws Exception {
        return (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(
                NotificationScheduleRegistrar.DAILY_CHECK.getName(), NotificationScheduleRegistrar.GROUP));
    }

    @Test
    void schedulesTheDailyCheckAt7InVietnamAndTheEmailRetry() throws Exception {
        start(Map.of());

        assertThat(trigger().getCronExpression()).isEqualTo("0 0 7 * * ?");
        assertThat(trigger().getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(scheduler
                        .getJobDetail(NotificationScheduleRegistrar.DAILY_CHECK)
                        .getJobClass())
                .isEqualTo(DailyCheckJob.class);
        assertThat(scheduler
                        .getJobDetail(NotificationScheduleRegistrar.EMAIL_RETRY)
                        .getJobClass())
                .isEqualTo(EmailRetryJob.class);
    }

    @Test
    void anUnchangedScheduleIsLeftAsItIsAndAChangedOneReplaced() throws Exception {
        start(Map.of());
        java.util.Date scheduledAt = trigger().getStartTime();

        start(Map.of());
        assertThat(trigger().getStartTime()).isEqualTo(scheduledAt);

        start(Map.of("cchc.notifications.gap-check", "0 30 6 * * ?"));
        assertThat(trigger().getCronExpression()).isEqualTo("0 30 6 * * ?");
    }
}
