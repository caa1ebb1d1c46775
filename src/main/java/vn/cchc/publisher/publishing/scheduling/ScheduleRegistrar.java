package vn.cchc.publisher.publishing.scheduling;

import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.shared.CronJobs;

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
    static final JobKey REVERIFY = JobKey.jobKey("reverify", GROUP);

    private final Scheduler scheduler;
    private final ScheduleProperties schedule;
    private final ReverifySchedule reverify;
    private final TransactionTemplate transaction;

    ScheduleRegistrar(
            Scheduler scheduler,
            ScheduleProperties schedule,
            ReverifySchedule reverify,
            TransactionTemplate transaction) {
        this.scheduler = scheduler;
        this.schedule = schedule;
        this.reverify = reverify;
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
            new CronJobs(scheduler, reverify.zone())
                    .register(
                            REVERIFY,
                            ReverifyJob.class,
                            reverify.schedule(),
                            "Re-verify this year's posts: gone or changed ones need attention");
        });
    }

    private void register(JobKey key, Class<? extends Job> type, String cron, String description) {
        new CronJobs(scheduler, schedule.zone()).register(key, type, cron, description);
    }

    static TriggerKey triggerKey(JobKey job) {
        return CronJobs.triggerKey(job);
    }
}
