package vn.cchc.publisher.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.calendar.SettableClock;

class LoginThrottleTest {

    private final SettableClock clock = new SettableClock("2026-03-20T05:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(
            new SecurityProperties.Throttle(3, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofHours(1)),
            clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void theFirstFailuresAreFree() {
        fail("canbo", "10.0.0.1", 2);

        assertThat(throttle.waitFor("canbo", "10.0.0.1")).isEmpty();
    }

    @Test
    void thenTheWaitDoublesWithEachFailureUpToTheMaximum() {
        fail("canbo", "10.0.0.1", 3);
        assertThat(throttle.waitFor("canbo", "10.0.0.1")).contains(Duration.ofSeconds(2));

        fail("canbo", "10.0.0.1", 1);
        assertThat(throttle.waitFor("canbo", "10.0.0.1")).contains(Duration.ofSeconds(4));

        fail("canbo", "10.0.0.1", 10);
        assertThat(throttle.waitFor("canbo", "10.0.0.1")).contains(Duration.ofSeconds(30));
    }

    @Test
    void theWaitRunsOutWithTime() {
        fail("canbo", "10.0.0.1", 3);

        clock.set("2026-03-20T05:00:01Z");
        assertThat(throttle.waitFor("canbo", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.set("2026-03-20T05:00:02Z");
        assertThat(throttle.waitFor("canbo", "10.0.0.1")).isEmpty();
    }

    @Test
    void theUsernameIsCountedWhateverItsCaseButGuessingElsewhereLocksNobodyOut() {
        fail("CanBo", "10.0.0.1", 2);
        fail(" canbo", "10.0.0.1", 1);

        assertThat(throttle.waitFor("canbo", "10.0.0.1")).isPresent();
        assertThat(throttle.waitFor("lanhdao", "10.0.0.1")).isEmpty();
        // the real user signing in from their own address is not held back by someone guessing elsewhere
        assertThat(throttle.waitFor("canbo", "10.0.0.2")).isEmpty();
    }

    @Test
    void aTypedUsernameIsLoggedWithoutControlCharactersAndCut() {
        assertThat(LoginThrottle.printable("canbo\nINFO forged line")).isEqualTo("canbo?INFO forged line");
        assertThat(LoginThrottle.printable("x".repeat(100))).hasSize(65).endsWith("…");
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedDownToo() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }

        assertThat(throttle.waitFor("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.waitFor("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheUsernamesFailures() {
        fail("canbo", "10.0.0.1", 2);
        throttle.succeeded("canbo", "10.0.0.1");
        fail("canbo", "10.0.0.1", 2);

        assertThat(throttle.waitFor("canbo", "10.0.0.1")).isEmpty();
    }
}
