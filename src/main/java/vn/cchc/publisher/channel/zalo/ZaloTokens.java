package vn.cchc.publisher.channel.zalo;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.channel.TokenStore;
import vn.cchc.publisher.channel.http.Secret;
import vn.cchc.publisher.channel.http.SecretSource;

/**
 * The OA access token: kept until shortly before it expires, then refreshed by one caller at a time, in
 * this JVM (a lock) and across instances (the {@link TokenStore}'s lock). Inside the store's lock the
 * stored tokens are read first, so a token another instance has just refreshed is used rather than
 * refreshed again; after a refresh the new pair is written to the store before the access token is
 * handed out, because the old refresh token is dead once Zalo has answered.
 *
 * <p>The first refresh token comes from {@code ZALO_REFRESH_TOKEN}; later ones from the store. A store
 * entry remembers a hash of the variable it started from, so when an administrator puts a new refresh
 * token in the variable (after re-authorising the app) it is used instead of the stored, dead one.
 */
final class ZaloTokens {

    static final String KEY = "zalo";

    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);

    private final ZaloOAuth oauth;
    private final TokenStore store;
    private final SecretSource secrets;
    private final Clock clock;
    private final Duration margin;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable AccessToken current;
    private TokenStore.@Nullable StoredTokens unsaved;
    private volatile @Nullable Secret lastRefreshToken;

    /** @param margin a token is refreshed this long before it expires */
    ZaloTokens(ZaloOAuth oauth, TokenStore store, SecretSource secrets, Clock clock, Duration margin) {
        this.oauth = oauth;
        this.store = store;
        this.secrets = secrets;
        this.clock = clock;
        this.margin = margin;
    }

    private record AccessToken(Secret value, Instant expiresAt) {}

    /** A valid access token, refreshed first if it is missing or about to expire. */
    Secret accessToken() {
        AccessToken token = current;
        if (token != null && fresh(token.expiresAt())) {
            return token.value();
        }
        return refresh(null);
    }

    /** Zalo refused {@code refused}: returns a newer token, refreshing unless another caller already did. */
    Secret renew(Secret refused) {
        return refresh(refused);
    }

    /** {@code text} without the tokens and secrets this class knows, for messages Zalo echoes back. */
    String redact(String text) {
        String result = text;
        for (String name : new String[] {ZaloConnection.SECRET_KEY_VARIABLE, ZaloConnection.REFRESH_TOKEN_VARIABLE}) {
            Optional<Secret> secret = secrets.get(name);
            if (secret.isPresent()) {
                result = secret.get().redact(result);
            }
        }
        AccessToken token = current;
        if (token != null) {
            result = token.value().redact(result);
        }
        Secret refresh = lastRefreshToken;
        return refresh == null ? result : refresh.redact(result);
    }

    /** True when a refresh token is stored or given in the environment. */
    boolean hasRefreshToken() {
        if (secrets.get(ZaloConnection.REFRESH_TOKEN_VARIABLE).isPresent()) {
            return true;
        }
        try {
            return store.locked(KEY, TokenStore.Session::read).isPresent();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw ZaloErrors.attention(
                    "Không đọc được kho token của Zalo (" + e.getMessage() + ").",
                    "Cannot read the Zalo token store (" + e.getMessage() + ").");
        }
    }

    private Secret refresh(@Nullable Secret refused) {
        lock.lock();
        try {
            AccessToken token = current;
            if (token != null && fresh(token.expiresAt()) && !same(token.value(), refused)) {
                return token.value();
            }
            AccessToken renewed = store.locked(KEY, session -> refreshLocked(session, refused));
            current = renewed;
            return renewed.value();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw ZaloErrors.attention(
                    "Không đọc hoặc ghi được kho token của Zalo (" + e.getMessage() + ").",
                    "Cannot read or write the Zalo token store (" + e.getMessage() + ").");
        } finally {
            lock.unlock();
        }
    }

    private AccessToken refreshLocked(TokenStore.Session session, @Nullable Secret refused) {
        saveUnsaved(session);
        Optional<TokenStore.StoredTokens> stored = session.read();
        if (stored.isPresent()) {
            TokenStore.StoredTokens tokens = stored.get();
            Instant expiresAt = tokens.accessTokenExpiresAt();
            String access = tokens.accessToken();
            if (access != null && expiresAt != null && fresh(expiresAt) && !same(Secret.of(access), refused)) {
                return new AccessToken(Secret.of(access), expiresAt);
            }
        }
        Optional<Secret> seed = secrets.get(ZaloConnection.REFRESH_TOKEN_VARIABLE);
        String seedHash = seed.map(s -> sha256(s.reveal())).orElse(null);
        Secret refreshToken;
        String origin;
        if (stored.isPresent()
                && (seedHash == null
                        || stored.get().seedHash() == null
                        || seedHash.equals(stored.get().seedHash()))) {
            refreshToken = Secret.of(stored.get().refreshToken());
            seedHash = stored.get().seedHash() == null ? seedHash : stored.get().seedHash();
            origin = "the stored refresh token";
        } else if (seed.isPresent()) {
            refreshToken = seed.get();
            origin = ZaloConnection.REFRESH_TOKEN_VARIABLE;
        } else {
            throw ZaloErrors.attention(
                    "Chưa có refresh token của Zalo: đặt biến môi trường " + ZaloConnection.REFRESH_TOKEN_VARIABLE
                            + ".",
                    "No Zalo refresh token: set " + ZaloConnection.REFRESH_TOKEN_VARIABLE + ".");
        }
        ZaloOAuth.Refreshed refreshed = oauth.refresh(
                refreshToken, variable(ZaloConnection.APP_ID_VARIABLE), variable(ZaloConnection.SECRET_KEY_VARIABLE));
        lastRefreshToken = refreshed.refreshToken();
        Instant expiresAt = clock.instant().plus(refreshed.lifetime());
        TokenStore.StoredTokens next = new TokenStore.StoredTokens(
                refreshed.refreshToken().reveal(), refreshed.accessToken().reveal(), expiresAt, seedHash);
        try {
            session.write(next);
        } catch (UncheckedIOException | IllegalStateException e) {
            unsaved = next;
            log.error("Zalo tokens refreshed but not saved ({}); kept in memory until they can be", e.getMessage());
            throw ZaloErrors.attention(
                    "Đã làm mới mã truy cập Zalo nhưng không lưu được vào kho token (" + e.getMessage()
                            + "). Kiểm tra quyền ghi thư mục dữ liệu; không khởi động lại dịch vụ trước khi sửa.",
                    "The Zalo tokens were refreshed but could not be saved (" + e.getMessage()
                            + "). Check the data directory is writable; do not restart the service before.");
        }
        log.info("Zalo access token refreshed from {}; valid until {}", origin, expiresAt);
        return new AccessToken(refreshed.accessToken(), expiresAt);
    }

    /** Writes tokens an earlier refresh could not save; they hold the only live refresh token. */
    private void saveUnsaved(TokenStore.Session session) {
        TokenStore.StoredTokens pending = unsaved;
        if (pending != null) {
            session.write(pending);
            unsaved = null;
            log.info("Zalo tokens that could not be saved earlier are saved now");
        }
    }

    private Secret variable(String name) {
        return secrets.get(name)
                .orElseThrow(() -> ZaloErrors.attention(
                        "Chưa cấu hình Zalo: thiếu biến môi trường " + name + ".",
                        "Zalo is not configured: " + name + " missing."));
    }

    private boolean fresh(Instant expiresAt) {
        return clock.instant().plus(margin).isBefore(expiresAt);
    }

    private static boolean same(Secret token, @Nullable Secret refused) {
        return refused != null && token.sameAs(refused);
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
