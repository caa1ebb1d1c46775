package vn.cchc.publisher.notification.internal;

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
 * Puts the notification jobs in the Quartz job store at every start, idempotently, as the publishing
 * schedule does: an unchanged trigger is left as it is (a firing missed while the service was down runs
 * once at start), a changed expression or zone replaces it.
 */
@Component
@Profile("!cli")
class NotificationScheduleRegistrar implements SmartInitializingSingleton {

    static final String GROUP = "notifications";
    static final JobKey DAILY_CHECK = JobKey.jobKey("notification-daily-check", GROUP);
    static final JobKey EMAIL_RETRY = JobKey.jobKey("notification-email-retry", GROUP);

    private static final Logger log = LoggerFactory.getLogger(NotificationScheduleRegistrar.class);

    private final Scheduler scheduler;
    private final NotificationProperties settings;
    private final TransactionTemplate transaction;

    NotificationScheduleRegistrar(
            Scheduler scheduler, NotificationProperties settings, TransactionTemplate transaction) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            register(
                    DAILY_CHECK,
                    DailyCheckJob.class,
                    settings.gapCheck(),
                    "Tell the officer about coming gaps and expiring tokens");
            register(EMAIL_RETRY, EmailRetryJob.class, settings.emailRetry(), "Send the notices not e-mailed yet");
        });
    }

    private void register(JobKey key, Class<? extends Job> type, String cron, String description) {
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
                    .withIdentity(TriggerKey.triggerKey(key.getName(), key.getGroup()))
                    .forJob(key)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                            .inTimeZone(TimeZone.getTimeZone(settings.zone()))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            Trigger existing = scheduler.getTrigger(trigger.getKey());
            if (existing == null) {
                try {
                    Date next = scheduler.scheduleJob(trigger);
                    log.info("scheduled {} at '{}' ({}), next at {}", key.getName(), cron, settings.zone(), next);
                } catch (ObjectAlreadyExistsException e) {
                    log.info("{} was scheduled by another instance", key.getName());
                }
            } else if (!sameSchedule(existing, trigger)) {
                Date next = scheduler.rescheduleJob(trigger.getKey(), trigger);
                log.info("rescheduled {} at '{}' ({}), next at {}", key.getName(), cron, settings.zone(), next);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule " + key.getName() + ": " + e.getMessage(), e);
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
