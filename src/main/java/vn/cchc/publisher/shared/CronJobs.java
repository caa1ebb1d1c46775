package vn.cchc.publisher.shared;

import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a durable job and its cron trigger in the Quartz job store, idempotently, at every start of every
 * instance: a trigger whose schedule is unchanged is left as it is (so a firing missed while the service
 * was down is still pending and fires once when the scheduler starts); a changed expression or zone
 * replaces it; of instances starting together the first adds the trigger and the others find it. A missed
 * firing runs once ("fire and proceed").
 */
public final class CronJobs {

    private static final Logger log = LoggerFactory.getLogger(CronJobs.class);

    private final Scheduler scheduler;
    private final ZoneId zone;

    /**
     * @param scheduler the scheduler whose store receives the jobs
     * @param zone the time zone the cron expressions are read in
     */
    public CronJobs(Scheduler scheduler, ZoneId zone) {
        this.scheduler = scheduler;
        this.zone = zone;
    }

    /** The trigger of a job registered here: same name and group as the job. */
    public static TriggerKey triggerKey(JobKey job) {
        return TriggerKey.triggerKey(job.getName(), job.getGroup());
    }

    /**
     * Registers {@code type} under {@code key}, fired by {@code cron}.
     *
     * @throws IllegalStateException if the job store refuses it
     */
    public void register(JobKey key, Class<? extends Job> type, String cron, String description) {
        try {
            JobDetail stored = scheduler.getJobDetail(key);
            if (stored == null || !stored.getJobClass().equals(type)) {
                scheduler.addJob(
                        JobBuilder.newJob(type)
                                .withIdentity(key)
                                .withDescription(description)
                                .storeDurably()
                                .build(),
                        true);
            }
            CronTrigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(triggerKey(key))
                    .forJob(key)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                            .inTimeZone(TimeZone.getTimeZone(zone))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            Trigger existing = scheduler.getTrigger(trigger.getKey());
            if (existing == null) {
                schedule(trigger, cron);
            } else if (sameSchedule(existing, trigger)) {
                log.info("{} stays at '{}' ({}), next at {}", key.getName(), cron, zone, existing.getNextFireTime());
            } else {
                Date next = scheduler.rescheduleJob(trigger.getKey(), trigger);
                log.info("rescheduled {} at '{}' ({}), next at {}", key.getName(), cron, zone, next);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + key.getName() + ": " + e.getMessage(), e);
        }
    }

    private void schedule(CronTrigger trigger, String cron) throws SchedulerException {
        try {
            Date next = scheduler.scheduleJob(trigger);
            log.info("scheduled {} at '{}' ({}), next at {}", trigger.getKey().getName(), cron, zone, next);
        } catch (ObjectAlreadyExistsException e) {
            // another instance starting at the same moment added it first: it is the same schedule
            log.info("{} was scheduled by another instance", trigger.getKey().getName());
        }
    }

    private static boolean sameSchedule(Trigger existing, CronTrigger wanted) {
        return existing instanceof CronTrigger cron
                && cron.getJobKey().equals(wanted.getJobKey())
                && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
    }
}
