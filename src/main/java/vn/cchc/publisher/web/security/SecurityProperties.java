package vn.cchc.publisher.web.security;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cchc.security}: the users who may sign in and how failed sign-ins are slowed down.
 *
 * @param users the accounts; when there is none, the first start creates {@code admin} with a random
 *     password printed once in the log
 * @param throttle how repeated failed sign-ins are slowed down
 */
@ConfigurationProperties("cchc.security")
public record SecurityProperties(
        @DefaultValue List<User> users, @DefaultValue Throttle throttle) {

    /**
     * One account.
     *
     * @param username the sign-in name
     * @param passwordHash the BCrypt hash of the password ({@code $2a$…} or {@code {bcrypt}$2a$…}); the
     *     password itself is never configured. Usually {@code ${CCHC_PASSWORD_HASH_…}} from the environment
     * @param roles {@code officer}, {@code approver}, {@code auditor}, {@code admin}
     * @param name the name shown in the pages and the audit trail; the username when absent
     */
    public record User(
            String username,
            String passwordHash,
            List<String> roles,
            @Nullable String name) {}

    /**
     * @param freeFailures failed sign-ins for one username (or one address) that are not slowed down
     * @param initialDelay the wait after the first failure past {@code freeFailures}; doubled for each
     *     further failure
     * @param maxDelay the longest wait
     * @param forget failures older than this are forgotten
     */
    public record Throttle(
            @DefaultValue("5") int freeFailures,
            @DefaultValue("2s") Duration initialDelay,
            @DefaultValue("15m") Duration maxDelay,
            @DefaultValue("1h") Duration forget) {}
}
