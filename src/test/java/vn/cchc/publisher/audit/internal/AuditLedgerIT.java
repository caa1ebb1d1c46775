package vn.cchc.publisher.audit.internal;

import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The ledger on PostgreSQL: runs when {@code POSTGRES_IT_URL} is set (a JDBC URL with user and password,
 * e.g. {@code jdbc:postgresql://localhost:5432/postgres?user=postgres}). Each run migrates a fresh schema
 * {@code cchc_it_<random>} and drops it afterwards.
 */
@EnabledIfEnvironmentVariable(named = "POSTGRES_IT_URL", matches = ".+")
class AuditLedgerIT extends LedgerContract {

    private static final String URL = System.getenv("POSTGRES_IT_URL");
    private static String schema;

    @BeforeAll
    static void createSchema() {
        schema = "cchc_it_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        JdbcClient.create(new DriverManagerDataSource(URL))
                .sql("CREATE SCHEMA " + schema)
                .update();
    }

    @AfterAll
    static void dropSchema() {
        JdbcClient.create(new DriverManagerDataSource(URL))
                .sql("DROP SCHEMA " + schema + " CASCADE")
                .update();
    }

    @Override
    DataSource dataSource() {
        JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(URL));
        admin.sql("DROP SCHEMA " + schema + " CASCADE").update();
        admin.sql("CREATE SCHEMA " + schema).update();
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
        return dataSource;
    }
}
