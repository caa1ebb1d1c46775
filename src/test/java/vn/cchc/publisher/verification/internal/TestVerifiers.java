package vn.cchc.publisher.verification.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.publisher.verification.PageVerifier;

/** The real verifier, for the tests of other packages (the publishing module's, the WordPress IT). */
public final class TestVerifiers {

    private TestVerifiers() {}

    /**
     * The Jsoup verifier with the default selectors, on a migrated database.
     *
     * @param readTimeout the longest one fetch may take
     */
    public static PageVerifier jsoup(
            DataSource dataSource,
            Path evidenceDir,
            Duration readTimeout,
            ApplicationEventPublisher events,
            Clock clock) {
        VerificationProperties properties =
                VerificationProperties.defaults(evidenceDir).withTimeouts(Duration.ofSeconds(2), readTimeout);
        return new JsoupPageVerifier(properties, JdbcClient.create(dataSource), events, clock);
    }
}
