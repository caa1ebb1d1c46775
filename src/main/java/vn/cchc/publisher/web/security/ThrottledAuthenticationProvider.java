package vn.cchc.publisher.web.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the accounts' passwords, unless {@link LoginThrottle} says the username (from this address) or the
 * address must wait: then the attempt is refused with {@link LoginThrottledException} before the password is
 * looked at. Being the one provider of every sign-in (the form, HTTP Basic on the API and on Actuator), it
 * cannot be side-stepped by how a request is spelled.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledAuthenticationProvider(ConfiguredUsers users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        throttle.waitFor(attempt.getName(), address(attempt)).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        return passwords.authenticate(attempt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static @Nullable String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
