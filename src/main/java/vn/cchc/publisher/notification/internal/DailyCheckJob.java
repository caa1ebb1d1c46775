package vn.cchc.publisher.notification.internal;

import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The daily check of gaps and tokens at the application clock's time, then the e-mails left unsent. */
@DisallowConcurrentExecution
class DailyCheckJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DailyCheckJob.class);

    private final DailyCheck check;
    private final NoticeMailer mailer;
    private final Clock clock;

    DailyCheckJob(DailyCheck check, NoticeMailer mailer, Clock clock) {
        this.check = check;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Instant now = clock.instant();
        try {
            int told = check.run(now);
            log.info("daily notification check: {} new notice(s)", told);
        } catch (RuntimeException e) {
            log.error("daily notification check failed", e);
            throw new JobExecutionException("daily notification check failed: " + e.getMessage(), e, false);
        } finally {
            mailer.sweep(now);
        }
    }
}
