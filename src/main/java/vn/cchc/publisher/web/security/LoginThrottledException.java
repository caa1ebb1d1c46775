package vn.cchc.publisher.web.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password, because too many failed before it. */
final class LoginThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final long seconds;

    LoginThrottledException(Duration wait) {
        super("too many failed sign-ins; wait " + wait.toSeconds() + " s");
        this.seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Whole seconds to wait, at least 1. */
    long seconds() {
        return seconds;
    }
}
