package vn.cchc.publisher.publishing.scheduling;

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
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the publishing jobs and their cron triggers in the job store before the scheduler starts, at
 * every start of every instance, idempotently: a trigger whose schedule is unchanged is left as it is
 * (so a firing missed while the service was down is still pending, and fires once when the scheduler
 * starts); a changed cron expression or zone replaces it. All of it in one transaction; Quartz takes its
 * trigger lock for each change, and of instances starting together the first adds the trigger and the
 * others find it.
 */
@Component
@Profile("!cli")
class ScheduleRegistrar implements SmartInitializingSingleton {

    static final String GROUP = "publishing";
    static final JobKey PUBLISH_DUE = JobKey.jobKey("publish-due", GROUP);
    static final JobKey MONTHLY = JobKey.jobKey("monthly-publication", GROUP);
    static final JobKey VERIFY_PUBLISHED = JobKey.jobKey("verify-published", GROUP);

    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final Scheduler scheduler;
    private final ScheduleProperties schedule;
    private final TransactionTemplate transaction;

    ScheduleRegistrar(Scheduler scheduler, ScheduleProperties schedule, TransactionTemplate transaction) {
        this.scheduler = scheduler;
        this.schedule = schedule;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            register(
                    PUBLISH_DUE,
                    PublishDueJob.class,
                    schedule.publishDue(),
                    "Recover interrupted publications, then publish what is approved and due");
            register(MONTHLY, MonthlyPublicationJob.class, schedule.monthly(), "The monthly automatic publication");
            register(
                    VERIFY_PUBLISHED,
                    VerifyPublishedJob.class,
                    schedule.verifyPublished(),
                    "Verify what was published: website pages with Jsoup, posts by read-back");
        });
    }

    private void register(JobKey key, Class<? extends Job> type, String cron, String description) {
        try {
            JobDetail job = JobBuilder.newJob(type)
                    .withIdentity(key)
                    .withDescription(description)
                    .storeDurably()
                    .build();
            JobDetail stored = scheduler.getJobDetail(key);
            if (stored == null || !stored.getJobClass().equals(type)) {
                scheduler.addJob(job, true);
            }
            CronTrigger trigger = trigger(key, cron);
            Trigger existing = scheduler.getTrigger(trigger.getKey());
            if (existing == null) {
                schedule(trigger, cron);
            } else if (sameSchedule(existing, trigger)) {
                log.info(
                        "{} stays at '{}' ({}), next at {}",
                        key.getName(),
                        cron,
                        schedule.zone(),
                        existing.getNextFireTime());
            } else {
                Date next = scheduler.rescheduleJob(trigger.getKey(), trigger);
                log.info("rescheduled {} at '{}' ({}), next at {}", key.getName(), cron, schedule.zone(), next);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + key.getName() + ": " + e.getMessage(), e);
        }
    }

    private void schedule(CronTrigger trigger, String cron) throws SchedulerException {
        try {
            Date next = scheduler.scheduleJob(trigger);
            log.info("scheduled {} at '{}' ({}), next at {}", trigger.getKey().getName(), cron, schedule.zone(), next);
        } catch (ObjectAlreadyExistsException e) {
            // another instance starting at the same moment added it first: it is the same schedule
            log.info("{} was scheduled by another instance", trigger.getKey().getName());
        }
    }

    private CronTrigger trigger(JobKey job, String cron) {
        return TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(job))
                .forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    static TriggerKey triggerKey(JobKey job) {
        return TriggerKey.triggerKey(job.getName(), job.getGroup());
    }

    private static boolean sameSchedule(Trigger existing, CronTrigger wanted) {
        return existing instanceof CronTrigger cron
                && cron.getJobKey().equals(wanted.getJobKey())
                && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
    }
}
