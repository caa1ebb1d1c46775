package vn.cchc.publisher;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Fresh in-memory H2 databases with the application's Flyway migrations applied, for plain unit tests. */
public final class TestDatabases {

    private TestDatabases() {}

    /** A new, migrated database of its own, alive until the JVM exits. */
    public static DataSource migratedH2() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
