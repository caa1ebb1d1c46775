package vn.cchc.publisher.publishing.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.publishing.MonthlyResult;
import vn.cchc.publisher.publishing.PublishingEngine;

/**
 * The monthly automatic publication for the month the application clock is in, read in the schedule's
 * time zone (so 00:30 on the 1st in Vietnam is the new month although UTC is still in the old one).
 */
@DisallowConcurrentExecution
class MonthlyPublicationJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(MonthlyPublicationJob.class);

    private final PublishingEngine engine;
    private final Clock clock;
    private final ScheduleProperties schedule;

    MonthlyPublicationJob(PublishingEngine engine, Clock clock, ScheduleProperties schedule) {
        this.engine = engine;
        this.clock = clock;
        this.schedule = schedule;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(schedule.zone()));
        try {
            MonthlyResult result = engine.publishMonthly(month, now);
            log.info(
                    "monthly publication {}: {} queued, {} published, {} awaiting approval, {} gaps",
                    month,
                    result.queued(),
                    result.published(),
                    result.awaitingApproval(),
                    result.gaps());
        } catch (RuntimeException e) {
            log.error("monthly publication {} failed", month, e);
            throw new JobExecutionException("monthly publication " + month + " failed: " + e.getMessage(), e, false);
        }
    }
}
