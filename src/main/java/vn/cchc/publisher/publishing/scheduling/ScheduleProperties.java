package vn.cchc.publisher.publishing.scheduling;

import java.time.ZoneId;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the scheduled jobs run ({@code cchc.publishing.schedule.*}), as Quartz cron expressions
 * (seconds, minutes, hours, day of month, month, day of week) read in {@code zone}.
 *
 * @param publishDue the pass that recovers interrupted publications and publishes what is due
 * @param monthly the monthly automatic publication (default the 1st of each month at 08:00)
 * @param verifyPublished the check of what was published (default every minute, half a minute after the
 *     publishing pass); a job of its own, so slow pages never hold publishing back
 * @param zone the time zone of the expressions
 */
@ConfigurationProperties("cchc.publishing.schedule")
record ScheduleProperties(
        @DefaultValue("0 * * * * ?") String publishDue,
        @DefaultValue("0 0 8 1 * ?") String monthly,
        @DefaultValue("30 * * * * ?") String verifyPublished,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

    ScheduleProperties {
        requireCron("publish-due", publishDue);
        requireCron("monthly", monthly);
        requireCron("verify-published", verifyPublished);
    }

    private static void requireCron(String key, String expression) {
        try {
            CronExpression.validateExpression(expression);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(
                    "cchc.publishing.schedule.%s: '%s' is not a Quartz cron expression (seconds minutes hours"
                                    .formatted(key, expression)
                            + " day-of-month month day-of-week, e.g. '0 0 8 1 * ?'): " + e.getMessage(),
                    e);
        }
    }
}
