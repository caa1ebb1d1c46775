package vn.cchc.publisher.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;

/**
 * Slows down guessing: after {@code freeFailures} failed sign-ins for one username from one address, or ten
 * times that many from one address, the next attempt is refused until a wait has passed, doubled with each
 * further failure up to {@code maxDelay}. Keying the username's count by address too means that someone
 * guessing a user's password elsewhere cannot lock that user out. A successful sign-in clears the username's
 * count for that address. Refused attempts are not checked against the password at all, so they cost nothing
 * and teach nothing. Behind a reverse proxy the address is the client's only when the proxy's
 * {@code X-Forwarded-For} is trusted ({@code server.forward-headers-strategy}).
 */
public final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int ADDRESS_FACTOR = 10;

    private final SecurityProperties.Throttle settings;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    private record Failures(int count, Instant last) {}

    public LoginThrottle(SecurityProperties.Throttle settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(settings.forget())
                .maximumSize(100_000)
                .build();
    }

    /** How long {@code username} from {@code address} must still wait, if at all. */
    public Optional<Duration> waitFor(@Nullable String username, @Nullable String address) {
        Duration user = remaining(userKey(username, address), settings.freeFailures());
        Duration host = remaining(addressKey(address), settings.freeFailures() * ADDRESS_FACTOR);
        Duration longest = user.compareTo(host) >= 0 ? user : host;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failed sign-in. */
    public void failed(@Nullable String username, @Nullable String address) {
        int count = count(userKey(username, address));
        count(addressKey(address));
        if (count > settings.freeFailures()) {
            log.warn(
                    "Sign-in for user '{}' failed {} times in a row; further attempts are slowed down",
                    username,
                    count);
        }
    }

    /** Clears the username's failures from {@code address} after a successful sign-in. */
    public void succeeded(@Nullable String username, @Nullable String address) {
        failures.invalidate(userKey(username, address));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        failed(attempt.getName(), ThrottledAuthenticationProvider.address(attempt));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(
                event.getAuthentication().getName(),
                ThrottledAuthenticationProvider.address(event.getAuthentication()));
    }

    private int count(String key) {
        Instant now = clock.instant();
        Failures next =
                failures.asMap().merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        return next.count();
    }

    private Duration remaining(String key, int free) {
        Failures current = failures.getIfPresent(key);
        if (current == null || current.count() < free) {
            return Duration.ZERO;
        }
        int over = Math.min(current.count() - free, 20);
        Duration delay = settings.initialDelay().multipliedBy(1L << over);
        if (delay.compareTo(settings.maxDelay()) > 0) {
            delay = settings.maxDelay();
        }
        Duration left = Duration.between(clock.instant(), current.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String userKey(@Nullable String username, @Nullable String address) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "@"
                + (address == null ? "" : address);
    }

    /** A typed username as it may be logged: at most 64 characters, no control characters (no forged lines). */
    static String printable(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    private static String addressKey(@Nullable String address) {
        return "a:" + (address == null ? "" : address);
    }
}
