package vn.cchc.publisher.channel.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.channel.TokenStore;

/**
 * Tokens in the application's database, shared by every instance that uses it.
 *
 * <p>{@link #locked} takes a lease on the key ({@code channel_token_lock}) with one conditional UPDATE,
 * which commits at once, so that one instance at a time does the work; in this instance the callers also
 * queue on a lock, so only one of them asks the database. The lease lasts {@code lease} (longer than any
 * refresh call can take) and is given back when the work ends; a lease whose holder died runs out and is
 * taken over. {@link Session#write} commits the new tokens at once, so they are durable before the caller
 * uses the new access token, even if the work fails later. No transaction stays open across the work,
 * so a refresh never holds a database connection while it waits for the channel.
 */
final class JdbcTokenStore implements TokenStore {

    private static final Duration RETRY = Duration.ofMillis(100);

    private final ConcurrentMap<String, ReentrantLock> localLocks = new ConcurrentHashMap<>();
    private final String holder = "instance-" + UUID.randomUUID();
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration lease;
    private final Duration wait;

    JdbcTokenStore(
            JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, Duration lease, Duration wait) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.lease = lease;
        this.wait = wait;
    }

    @Override
    public <T> T locked(String key, Function<Session, T> work) {
        ReentrantLock local = localLocks.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            acquire(key);
            try {
                return work.apply(new JdbcSession(key));
            } finally {
                jdbc.sql("UPDATE channel_token_lock SET holder = NULL, lease_until = NULL"
                                + " WHERE token_key = ? AND holder = ?")
                        .params(key, holder)
                        .update();
            }
        } finally {
            local.unlock();
        }
    }

    @Override
    public Optional<Instant> writtenAt(String key) {
        return jdbc.sql("SELECT updated_at FROM channel_token WHERE token_key = ?")
                .param(key)
                .query((rs, row) ->
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant())
                .optional();
    }

    private void acquire(String key) {
        ensureLockRow(key);
        Instant giveUp = clock.instant().plus(wait);
        while (true) {
            OffsetDateTime now = utc(clock.instant());
            int taken = jdbc.sql("UPDATE channel_token_lock SET holder = ?, lease_until = ? WHERE token_key = ?"
                            + " AND (holder IS NULL OR lease_until < ?)")
                    .params(holder, now.plus(lease), key, now)
                    .update();
            if (taken == 1) {
                return;
            }
            if (clock.instant().isAfter(giveUp)) {
                throw new IllegalStateException("Another instance has been refreshing the tokens of " + key
                        + " for longer than " + wait + "; try again later");
            }
            pause();
        }
    }

    private void ensureLockRow(String key) {
        try {
            jdbc.sql("INSERT INTO channel_token_lock (token_key) SELECT ? WHERE NOT EXISTS"
                            + " (SELECT 1 FROM channel_token_lock WHERE token_key = ?)")
                    .params(key, key)
                    .update();
        } catch (DuplicateKeyException madeByAnotherInstance) {
            // the row is there: that is all this needed
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to refresh tokens", e);
        }
    }

    private final class JdbcSession implements Session {

        private final String key;

        JdbcSession(String key) {
            this.key = key;
        }

        @Override
        public Optional<StoredTokens> read() {
            return jdbc.sql("""
                            SELECT refresh_token, access_token, access_token_expires_at, seed_hash
                            FROM channel_token WHERE token_key = ?""")
                    .param(key)
                    .query((rs, row) -> new StoredTokens(
                            rs.getString("refresh_token"),
                            rs.getString("access_token"),
                            instant(rs.getObject("access_token_expires_at", OffsetDateTime.class)),
                            rs.getString("seed_hash")))
                    .optional();
        }

        @Override
        public void write(StoredTokens tokens) {
            OffsetDateTime now = utc(clock.instant());
            Instant expiresAt = tokens.accessTokenExpiresAt();
            @Nullable OffsetDateTime expires = expiresAt == null ? null : utc(expiresAt);
            transaction.executeWithoutResult(status -> {
                int updated = jdbc.sql("""
                                UPDATE channel_token SET refresh_token = ?, access_token = ?,
                                    access_token_expires_at = ?, seed_hash = ?, updated_at = ?
                                WHERE token_key = ?""")
                        .params(tokens.refreshToken(), tokens.accessToken(), expires, tokens.seedHash(), now, key)
                        .update();
                if (updated == 0) {
                    jdbc.sql("""
                                    INSERT INTO channel_token (token_key, refresh_token, access_token,
                                        access_token_expires_at, seed_hash, updated_at)
                                    VALUES (?, ?, ?, ?, ?, ?)""")
                            .params(key, tokens.refreshToken(), tokens.accessToken(), expires, tokens.seedHash(), now)
                            .update();
                }
            });
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
