package vn.cchc.publisher.publishing.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The scheduler's health through its life: standby before the start, started, shut down. */
class SchedulerHealthIndicatorTest {

    @Test
    void upWhenStartedOutOfServiceInStandbyDownWhenShutDown() throws Exception {
        Scheduler scheduler = scheduler("cchc-health-test");
        SchedulerHealthIndicator indicator = new SchedulerHealthIndicator(provider(scheduler), true);
        try {
            assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(indicator.health().getDetails()).containsEntry("state", "standby");

            scheduler.start();
            Health started = indicator.health();
            assertThat(started.getStatus()).isEqualTo(Status.UP);
            assertThat(started.getDetails())
                    .containsEntry("state", "started")
                    .containsEntry("schedulerName", "cchc-health-test")
                    .containsEntry("instanceId", "instance-1")
                    .containsEntry("clustered", false)
                    .containsEntry("jobs", 0)
                    .containsEntry("triggers", 0);
        } finally {
            scheduler.shutdown();
        }
        Health shutDown = indicator.health();
        assertThat(shutDown.getStatus()).isEqualTo(Status.DOWN);
        assertThat(shutDown.getDetails()).containsEntry("state", "shutdown");
    }

    @Test
    void aStandbySchedulerThatShouldNotRunIsUp() throws Exception {
        Scheduler scheduler = scheduler("cchc-health-test-idle");
        try {
            Health health = new SchedulerHealthIndicator(provider(scheduler), false).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("state", "standby");
        } finally {
            scheduler.shutdown();
        }
    }

    @Test
    void aCommandHasNoScheduler() {
        Health health = new SchedulerHealthIndicator(provider(null), true).health();

        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails()).containsEntry("state", "absent");
    }

    /** A new scheduler in standby, with an in-memory job store. */
    private static Scheduler scheduler(String name) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", name);
        properties.setProperty("org.quartz.scheduler.instanceId", "instance-1");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return new StdSchedulerFactory(properties).getScheduler();
    }

    private static ObjectProvider<Scheduler> provider(Scheduler scheduler) {
        StaticListableBeanFactory beans =
                new StaticListableBeanFactory(scheduler == null ? Map.of() : Map.of("scheduler", scheduler));
        return beans.getBeanProvider(Scheduler.class);
    }
}
