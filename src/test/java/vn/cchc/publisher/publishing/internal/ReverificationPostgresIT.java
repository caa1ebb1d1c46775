package vn.cchc.publisher.publishing.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link ReverificationTest} (migration V31 included) on the PostgreSQL of {@code POSTGRES_IT_URL}, in a fresh schema per harness. */
@EnabledIfEnvironmentVariable(named = "POSTGRES_IT_URL", matches = ".+")
class ReverificationPostgresIT extends ReverificationTest {

    @BeforeAll
    static void onPostgres() {
        Harness.postgres = true;
    }

    @AfterAll
    static void backToH2() {
        Harness.postgres = false;
    }
}
