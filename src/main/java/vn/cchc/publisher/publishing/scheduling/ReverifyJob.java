package vn.cchc.publisher.publishing.scheduling;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.publishing.Reverification;

/**
 * The periodic re-verification of this year's posts (weekly by default). Never runs twice at once in the
 * whole cluster; a run started by hand on this instance meanwhile makes the firing a no-op.
 */
@DisallowConcurrentExecution
class ReverifyJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ReverifyJob.class);

    private final Reverification reverification;
    private final Clock clock;

    ReverifyJob(Reverification reverification, Clock clock) {
        this.reverification = reverification;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            reverification.runAll(clock.instant());
        } catch (Reverification.AlreadyRunning e) {
            log.info("re-verification skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("re-verification failed; the next firing tries again", e);
            throw new JobExecutionException("re-verification failed: " + e.getMessage(), e, false);
        }
    }
}
