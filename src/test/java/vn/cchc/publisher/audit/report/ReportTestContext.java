package vn.cchc.publisher.audit.report;

import static org.mockito.BDDMockito.given;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.content.ContentCatalog;

/**
 * The application around the sample quarter of {@link ReportFixtures}: its plans in a temporary directory, its
 * articles, its publications (written again before each test) and a clock on 5 April 2026.
 */
@Import(ReportTestContext.Time.class)
public abstract class ReportTestContext {

    /** The clock on {@link ReportFixtures#NOW}. */
    @TestConfiguration
    public static class Time {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(ReportFixtures.NOW);
        }
    }

    @TempDir
    protected static Path dir;

    @DynamicPropertySource
    static void plans(DynamicPropertyRegistry registry) {
        ReportFixtures.properties(registry, dir);
    }

    @MockitoBean
    protected ContentCatalog content;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected SettableClock clock;

    @BeforeEach
    void sampleQuarter() {
        clock.set(ReportFixtures.NOW);
        given(content.load()).willReturn(ReportFixtures.content());
        ReportFixtures.publications(jdbc);
    }
}
