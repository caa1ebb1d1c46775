package vn.cchc.publisher.notification.internal;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Sends the notices whose e-mail failed (nothing to do without SMTP). */
@DisallowConcurrentExecution
class EmailRetryJob implements Job {

    private final NoticeMailer mailer;
    private final Clock clock;

    EmailRetryJob(NoticeMailer mailer, Clock clock) {
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        mailer.sweep(clock.instant());
    }
}
