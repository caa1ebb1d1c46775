package vn.cchc.publisher.publishing.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} health component: the Quartz scheduler that runs the publishing and notification
 * jobs. {@code UP} when started; {@code DOWN} when shut down, or when a trigger is in Quartz's error state
 * (its job could not be run and it will not fire again until it is registered anew); {@code
 * OUT_OF_SERVICE} in standby while it should run ({@code spring.quartz.auto-startup}, the default, for
 * example in the moment between the web server's start and the scheduler's). Commands run without a
 * scheduler: {@code UNKNOWN}. Details: state, scheduler name, this instance's id in the cluster, whether the
 * job store is clustered, the thread pool, the number of jobs and triggers and the keys of triggers in error.
 */
@Component
class SchedulerHealthIndicator implements HealthIndicator {

    private final ObjectProvider<Scheduler> scheduler;
    private final boolean shouldRun;

    SchedulerHealthIndicator(
            ObjectProvider<Scheduler> scheduler, @Value("${spring.quartz.auto-startup:true}") boolean shouldRun) {
        this.scheduler = scheduler;
        this.shouldRun = shouldRun;
    }

    @Override
    public Health health() {
        Scheduler quartz = scheduler.getIfAvailable();
        if (quartz == null) {
            return Health.unknown()
                    .withDetail("state", "absent")
                    .withDetail("detail", "No scheduler in this process (a command runs without one).")
                    .build();
        }
        try {
            SchedulerMetaData meta = quartz.getMetaData();
            if (meta.isShutdown()) {
                return Health.down()
                        .withDetail("state", "shutdown")
                        .withDetail("schedulerName", meta.getSchedulerName())
                        .withDetail("instanceId", meta.getSchedulerInstanceId())
                        .build();
            }
            Set<JobKey> jobs = quartz.getJobKeys(GroupMatcher.anyJobGroup());
            Set<TriggerKey> triggers = quartz.getTriggerKeys(GroupMatcher.anyTriggerGroup());
            List<String> inError = new ArrayList<>();
            for (TriggerKey trigger : triggers) {
                if (quartz.getTriggerState(trigger) == Trigger.TriggerState.ERROR) {
                    inError.add(trigger.getGroup() + "." + trigger.getName());
                }
            }
            boolean standby = meta.isInStandbyMode();
            Health.Builder health = standby
                    ? (shouldRun ? Health.outOfService() : Health.up())
                    : inError.isEmpty() ? Health.up() : Health.down();
            return health.withDetail("state", standby ? "standby" : "started")
                    .withDetail("schedulerName", meta.getSchedulerName())
                    .withDetail("instanceId", meta.getSchedulerInstanceId())
                    .withDetail("clustered", meta.isJobStoreClustered())
                    .withDetail("threads", meta.getThreadPoolSize())
                    .withDetail("jobs", jobs.size())
                    .withDetail("triggers", triggers.size())
                    .withDetail("triggersInError", inError)
                    .build();
        } catch (SchedulerException e) {
            return Health.down()
                    .withDetail("state", "unavailable")
                    .withDetail(
                            "detail",
                            "The job store could not be read: " + e.getClass().getSimpleName())
                    .build();
        }
    }
}
