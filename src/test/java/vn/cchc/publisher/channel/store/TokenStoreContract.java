package vn.cchc.publisher.channel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.cchc.publisher.channel.TokenStore;
import vn.cchc.publisher.channel.TokenStore.StoredTokens;

/**
 * What every database the token store runs on must give: one refresh at a time across instances (two
 * stores on two connection pools stand for two instances), and tokens that survive the work failing.
 */
abstract class TokenStoreContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);

    /** A new pool on the database under test; the schema is migrated by the first call. */
    abstract HikariDataSource dataSource();

    static void migrate(HikariDataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("3")
                .load()
                .migrate();
    }

    private static TokenStore store(HikariDataSource dataSource) {
        return new JdbcTokenStore(
                JdbcClient.create(dataSource),
                new DataSourceTransactionManager(dataSource),
                Clock.systemUTC(),
                Duration.ofMinutes(1),
                Duration.ofMinutes(1));
    }

    @Test
    void twoInstancesRefreshOneAfterTheOtherAndEachSeesTheOthersToken() throws Exception {
        try (HikariDataSource first = dataSource();
                HikariDataSource second = dataSource()) {
            List<TokenStore> instances = List.of(store(first), store(second));
            instances.get(0).locked("zalo", session -> {
                session.write(new StoredTokens("rt-0", null, null, "seed"));
                return null;
            });
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger mostInside = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> refreshes = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    TokenStore instance = instances.get(i % 2);
                    refreshes.add(pool.submit(() -> instance.locked("zalo", session -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        String old = session.read().orElseThrow().refreshToken();
                        String rotated = "rt-" + (Integer.parseInt(old.substring(3)) + 1);
                        session.write(new StoredTokens(rotated, "at-" + rotated, CLOCK.instant(), "seed"));
                        inside.decrementAndGet();
                        return rotated;
                    })));
                }
                List<String> issued = new ArrayList<>();
                for (Future<String> refresh : refreshes) {
                    issued.add(refresh.get());
                }
                assertThat(mostInside).hasValue(1);
                assertThat(issued)
                        .as("every refresh used the token the one before it wrote")
                        .doesNotHaveDuplicates();
                assertThat(instances.get(1).locked("zalo", TokenStore.Session::read))
                        .get()
                        .extracting(StoredTokens::refreshToken)
                        .isEqualTo("rt-20");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void writtenTokensStayWhenTheWorkFailsAfterwards() {
        try (HikariDataSource data = dataSource()) {
            TokenStore store = store(data);
            assertThatThrownBy(() -> store.locked("zalo-failing", session -> {
                        session.write(new StoredTokens("rt-new", "at-new", CLOCK.instant(), null));
                        throw new IllegalStateException("the call after the refresh failed");
                    }))
                    .hasMessageContaining("after the refresh");

            assertThat(store.locked("zalo-failing", TokenStore.Session::read))
                    .get()
                    .satisfies(tokens -> {
                        assertThat(tokens.refreshToken()).isEqualTo("rt-new");
                        assertThat(tokens.accessToken()).isEqualTo("at-new");
                        assertThat(tokens.accessTokenExpiresAt()).isEqualTo(CLOCK.instant());
                    });
        }
    }

    @Test
    void tellsWhenTheTokensOfAKeyWereLastWritten() {
        try (HikariDataSource data = dataSource()) {
            TokenStore store = new JdbcTokenStore(
                    JdbcClient.create(data),
                    new DataSourceTransactionManager(data),
                    CLOCK,
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(1));
            assertThat(store.writtenAt("zalo-age")).isEmpty();

            store.locked("zalo-age", session -> {
                session.write(new StoredTokens("rt", "at", null, null));
                return null;
            });

            assertThat(store.writtenAt("zalo-age")).contains(CLOCK.instant());
        }
    }

    @Test
    void anUnknownKeyHasNoTokens() {
        try (HikariDataSource data = dataSource()) {
            assertThat(store(data).locked("nothing-here", TokenStore.Session::read))
                    .isEmpty();
        }
    }

    @Test
    void aLeaseWhoseHolderDiedIsTakenOverAndALiveOneIsWaitedFor() {
        try (HikariDataSource data = dataSource()) {
            JdbcClient jdbc = JdbcClient.create(data);
            jdbc.sql("INSERT INTO channel_token_lock (token_key, holder, lease_until) VALUES (?, ?, ?)")
                    .params("dead", "instance-gone", java.time.OffsetDateTime.parse("2020-01-01T00:00:00Z"))
                    .update();
            jdbc.sql("INSERT INTO channel_token_lock (token_key, holder, lease_until) VALUES (?, ?, ?)")
                    .params(
                            "busy",
                            "instance-busy",
                            java.time.OffsetDateTime.now(ZoneOffset.UTC).plusHours(1))
                    .update();
            TokenStore impatient = new JdbcTokenStore(
                    jdbc,
                    new DataSourceTransactionManager(data),
                    Clock.systemUTC(),
                    Duration.ofMinutes(1),
                    Duration.ZERO);

            String result = impatient.locked("dead", session -> "taken over");
            assertThat(result).isEqualTo("taken over");
            assertThatThrownBy(() -> impatient.locked("busy", session -> "should not run"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another instance");
        }
    }
}
