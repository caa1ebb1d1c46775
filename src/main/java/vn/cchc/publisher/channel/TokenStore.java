package vn.cchc.publisher.channel;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Keeps OAuth tokens that rotate (Zalo's refresh token is single-use: each refresh returns a new one and
 * kills the old), so that a refresh is done by one caller at a time and its result survives a restart.
 * The default stores a file under the data directory; a store shared by several instances (a database
 * table) replaces it by declaring its own bean.
 */
public interface TokenStore {

    /**
     * Runs {@code work} while holding the lock for {@code key}: in this process and, where the store can,
     * across every instance that shares it. {@code work} reads the tokens, may refresh them, and writes
     * the new ones before it returns.
     */
    <T> T locked(String key, Function<Session, T> work);

    /**
     * When the tokens of {@code key} were last written (for Zalo, when the current refresh token was
     * issued), read without taking the lock; empty when none are stored or the store does not know.
     */
    default Optional<Instant> writtenAt(String key) {
        return Optional.empty();
    }

    /** Access to the tokens of one key while its lock is held. */
    interface Session {

        /** The tokens last written for the key; empty if none. */
        Optional<StoredTokens> read();

        /** Replaces the tokens; durable and all-or-nothing when it returns, else it throws. */
        void write(StoredTokens tokens);
    }

    /**
     * The tokens of one key. {@link #toString()} shows no token.
     *
     * @param refreshToken the current refresh token
     * @param accessToken the access token it gave; null if none yet
     * @param accessTokenExpiresAt when the access token expires; null if there is none
     * @param seedHash SHA-256 (hex) of the initial refresh token these tokens descend from, so that a new
     *     one given by an administrator is noticed; null if unknown
     */
    record StoredTokens(
            String refreshToken,
            @Nullable String accessToken,
            @Nullable Instant accessTokenExpiresAt,
            @Nullable String seedHash) {

        @Override
        public String toString() {
            return "StoredTokens[refreshToken=****, accessToken=" + (accessToken == null ? "none" : "****")
                    + ", accessTokenExpiresAt=" + accessTokenExpiresAt + ", seedHash=" + seedHash + "]";
        }
    }
}
