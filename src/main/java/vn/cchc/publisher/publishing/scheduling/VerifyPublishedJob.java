package vn.cchc.publisher.publishing.scheduling;

import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.publishing.PublishedVerification;

/**
 * Checks what the publishing passes published, at the application clock's time. A job of its own, so a
 * slow or unreachable page delays the checks, never the publishing. Never runs twice at once, in the whole
 * cluster.
 */
@DisallowConcurrentExecution
class VerifyPublishedJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(VerifyPublishedJob.class);

    private final PublishedVerification verification;
    private final Clock clock;

    VerifyPublishedJob(PublishedVerification verification, Clock clock) {
        this.verification = verification;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Instant now = clock.instant();
        try {
            verification.verifyPublished(now);
        } catch (RuntimeException e) {
            log.error("verification pass at {} failed; the next one tries again", now, e);
            throw new JobExecutionException("verification pass failed: " + e.getMessage(), e, false);
        }
    }
}
