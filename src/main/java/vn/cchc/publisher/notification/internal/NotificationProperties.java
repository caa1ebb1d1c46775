package vn.cchc.publisher.notification.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notifications ({@code cchc.notifications.*}).
 *
 * @param gapCheck when the daily check of gaps and tokens runs, a Quartz cron expression (default 07:00)
 * @param emailRetry when e-mails that could not be sent are tried again, a Quartz cron expression
 * @param zone the time zone of both expressions
 * @param gapWarningDays the officer is told about an empty slot when its due date is exactly this many
 *     days away
 * @param tokenWarningDays the officer is told about a channel token with fewer days than this left
 * @param zaloRefreshTokenLifetime how long a Zalo refresh token lives after it was issued
 * @param email the e-mail addresses
 */
@Validated
@ConfigurationProperties("cchc.notifications")
record NotificationProperties(
        @NotNull @DefaultValue("0 0 7 * * ?") String gapCheck,
        @NotNull @DefaultValue("0 */15 * * * ?") String emailRetry,
        @NotNull @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @NotEmpty @DefaultValue({"14", "3"}) List<@Min(0) Integer> gapWarningDays,
        @Min(1) @DefaultValue("14") int tokenWarningDays,
        @NotNull @DefaultValue("90d") Duration zaloRefreshTokenLifetime,
        @Valid @DefaultValue Email email) {

    NotificationProperties {
        gapWarningDays = List.copyOf(gapWarningDays);
        requireCron("gap-check", gapCheck);
        requireCron("email-retry", emailRetry);
    }

    /**
     * Where notices are e-mailed when SMTP is configured ({@code spring.mail.host}).
     *
     * @param from the sender address; the mail server's default when null
     * @param approvers the approvers' addresses
     * @param officers the officers' addresses
     */
    record Email(
            @Nullable String from,
            @DefaultValue List<String> approvers,
            @DefaultValue List<String> officers) {

        Email {
            approvers = List.copyOf(approvers);
            officers = List.copyOf(officers);
        }
    }

    private static void requireCron(String key, String expression) {
        try {
            CronExpression.validateExpression(expression);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(
                    "cchc.notifications.%s: '%s' is not a Quartz cron expression (seconds minutes hours"
                                    .formatted(key, expression)
                            + " day-of-month month day-of-week, e.g. '0 0 7 * * ?'): " + e.getMessage(),
                    e);
        }
    }
}
