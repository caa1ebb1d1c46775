package vn.cchc.publisher.notification.internal;

import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.shared.CronJobs;

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
        new CronJobs(scheduler, settings.zone()).register(key, type, cron, description);
    }
}
