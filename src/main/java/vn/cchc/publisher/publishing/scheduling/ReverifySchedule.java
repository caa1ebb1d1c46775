package vn.cchc.publisher.publishing.scheduling;

import java.time.ZoneId;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When re-verification runs ({@code cchc.verification.reverify.schedule}, a Quartz cron expression read in
 * {@code zone}); by default every Sunday at 02:00 in Vietnam.
 */
@ConfigurationProperties("cchc.verification.reverify")
record ReverifySchedule(
        @DefaultValue("0 0 2 ? * SUN") String schedule,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

    ReverifySchedule {
        try {
            CronExpression.validateExpression(schedule);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(
                    "cchc.verification.reverify.schedule: '%s' is not a Quartz cron expression (seconds minutes"
                                    .formatted(schedule)
                            + " hours day-of-month month day-of-week, e.g. '0 0 2 ? * SUN'): " + e.getMessage(),
                    e);
        }
    }
}
