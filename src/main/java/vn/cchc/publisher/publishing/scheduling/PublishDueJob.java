package vn.cchc.publisher.publishing.scheduling;

import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.publishing.PassResult;
import vn.cchc.publisher.publishing.PublishingEngine;

/**
 * The every-minute pass: first reconciles publications a crash left half-done, then publishes what is
 * approved and due, both at the application clock's time. Never runs twice at once, in the whole cluster.
 */
@DisallowConcurrentExecution
class PublishDueJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(PublishDueJob.class);

    private final PublishingEngine engine;
    private final Clock clock;

    PublishDueJob(PublishingEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Instant now = clock.instant();
        try {
            int recovered = engine.recover(now);
            PassResult result = engine.publishDue(now, false);
            if (recovered > 0 || !result.lines().isEmpty()) {
                log.info(
                        "publishing pass at {}: {} recovered, {} published, {} retrying, {} need attention",
                        now,
                        recovered,
                        result.published(),
                        result.retrying(),
                        result.needsAttention());
            }
            result.lines().forEach(line -> log.info("  {}", line));
        } catch (RuntimeException e) {
            log.error("publishing pass at {} failed; the next one tries again", now, e);
            throw new JobExecutionException("publishing pass failed: " + e.getMessage(), e, false);
        }
    }
}
