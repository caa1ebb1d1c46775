package vn.cchc.publisher.channel.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.ACCESS_1;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.ACCESS_2;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.CREATE;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.OAUTH;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.REFRESH_2;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.REFRESH_3;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.SEED;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.okFile;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.TokenStore;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.FakeTime;
import vn.cchc.publisher.channel.http.Secret;
import vn.cchc.publisher.channel.http.TestChannels;

/** The access token cache and the single-use refresh token's rotation. */
class ZaloTokensTest {

    @RegisterExtension
    static WireMockExtension zalo = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("zalo"))
            .build();

    @TempDir
    Path dataDir;

    final FakeTime time = new FakeTime();
    final ChannelHttp http = TestChannels.client("Zalo");
    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        http.close();
    }

    FileTokenStore store() {
        return new FileTokenStore(dataDir.resolve("zalo-tokens.json"));
    }

    ZaloTokens tokens(TokenStore store, Map<String, String> environment) {
        return ZaloFixtures.tokens(zalo, http, store, TestChannels.secrets(environment), time);
    }

    ZaloTokens tokens(TokenStore store) {
        return tokens(store, ZaloFixtures.environment());
    }

    Optional<TokenStore.StoredTokens> stored() {
        return store().locked(ZaloTokens.KEY, TokenStore.Session::read);
    }

    @Test
    void refreshesWithTheSeedStoresTheRotatedTokenAndKeepsTheAccessTokenUntilItNearlyExpires() {
        ZaloFixtures.oauthRotation(zalo);
        ZaloTokens tokens = tokens(store());

        Secret first = tokens.accessToken();
        time.advance(Duration.ofHours(24).plusMinutes(50));
        Secret cached = tokens.accessToken();
        time.advance(Duration.ofMinutes(6));
        Secret second = tokens.accessToken();

        assertThat(first.reveal()).isEqualTo(ACCESS_1);
        assertThat(cached.reveal()).isEqualTo(ACCESS_1);
        assertThat(second.reveal()).isEqualTo(ACCESS_2);
        zalo.verify(1, postRequestedFor(urlPathEqualTo(OAUTH)).withFormParam("refresh_token", equalTo(SEED)));
        zalo.verify(1, postRequestedFor(urlPathEqualTo(OAUTH)).withFormParam("refresh_token", equalTo(REFRESH_2)));
        zalo.verify(postRequestedFor(urlPathEqualTo(OAUTH))
                .withHeader("secret_key", equalTo(ZaloFixtures.SECRET_KEY))
                .withFormParam("app_id", equalTo(ZaloFixtures.APP_ID))
                .withFormParam("grant_type", equalTo("refresh_token")));
        assertThat(stored()).hasValueSatisfying(saved -> {
            assertThat(saved.refreshToken()).isEqualTo(REFRESH_3);
            assertThat(saved.accessToken()).isEqualTo(ACCESS_2);
            assertThat(saved.accessTokenExpiresAt())
                    .isEqualTo(FakeTime.START
                            .plus(Duration.ofHours(24).plusMinutes(56))
                            .plusSeconds(90_000));
        });
    }

    @Test
    void twoConcurrentCallersMakeOneRefreshAndGetTheSameToken() throws Exception {
        zalo.stubFor(post(urlPathEqualTo(OAUTH))
                .willReturn(okFile("oauth-refreshed-1.json").withFixedDelay(400)));
        ZaloTokens tokens = tokens(store());

        List<String> got = together(
                () -> tokens.accessToken().reveal(), () -> tokens.accessToken().reveal());

        assertThat(got).containsExactly(ACCESS_1, ACCESS_1);
        zalo.verify(1, postRequestedFor(urlPathEqualTo(OAUTH)));
        assertThat(stored().map(TokenStore.StoredTokens::refreshToken)).contains(REFRESH_2);
    }

    @Test
    void twoInstancesSharingTheStoreMakeOneRefreshAndGetTheSameToken() throws Exception {
        zalo.stubFor(post(urlPathEqualTo(OAUTH))
                .willReturn(okFile("oauth-refreshed-1.json").withFixedDelay(400)));
        ZaloTokens one = tokens(store());
        ZaloTokens other = tokens(store());

        List<String> got = together(
                () -> one.accessToken().reveal(), () -> other.accessToken().reveal());

        assertThat(got).containsExactly(ACCESS_1, ACCESS_1);
        zalo.verify(1, postRequestedFor(urlPathEqualTo(OAUTH)));
    }

    @Test
    void aRefusedTokenIsRenewedOnceEvenWhenTwoCallersSawItRefused() throws Exception {
        ZaloFixtures.oauthRotation(zalo);
        ZaloTokens tokens = tokens(store());
        Secret refused = tokens.accessToken();

        List<String> got = together(
                () -> tokens.renew(refused).reveal(),
                () -> tokens.renew(refused).reveal());

        assertThat(got).containsExactly(ACCESS_2, ACCESS_2);
        zalo.verify(2, postRequestedFor(urlPathEqualTo(OAUTH)));
    }

    @Test
    void theRotatedRefreshTokenIsStoredBeforeTheNewAccessTokenIsUsed() {
        ZaloFixtures.emptyOa(zalo);
        List<Integer> callsWithNewTokenAtWrite = new java.util.ArrayList<>();
        TokenStore watching = watching(
                store(),
                () -> callsWithNewTokenAtWrite.add(zalo.countRequestsMatching(postRequestedFor(urlPathEqualTo(CREATE))
                                .withHeader("access_token", equalTo(ACCESS_1))
                                .build())
                        .getCount()));
        ZaloAdapter adapter = ZaloFixtures.adapter(zalo, time, watching, ZaloFixtures.environment());
        try {
            assertThat(adapter.publish(ZaloFixtures.request())).isInstanceOf(ChannelOutcome.Published.class);
        } finally {
            adapter.close();
        }

        assertThat(callsWithNewTokenAtWrite).containsExactly(0);
        zalo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)).withHeader("access_token", equalTo(ACCESS_1)));
    }

    @Test
    void aRefreshThatCannotBeStoredIsNotUsedAndIsStoredOnTheNextCall() {
        ZaloFixtures.emptyOa(zalo);
        boolean[] broken = {true};
        TokenStore flaky = failingWrites(store(), () -> broken[0]);
        ZaloAdapter adapter = ZaloFixtures.adapter(zalo, time, flaky, ZaloFixtures.environment());
        try {
            ChannelOutcome first = adapter.publish(ZaloFixtures.request());
            broken[0] = false;
            ChannelOutcome second = adapter.publish(ZaloFixtures.request());

            assertThat(first).isInstanceOf(ChannelOutcome.NeedsAttention.class);
            assertThat(second).isInstanceOf(ChannelOutcome.Published.class);
        } finally {
            adapter.close();
        }
        zalo.verify(1, postRequestedFor(urlPathEqualTo(OAUTH)).withFormParam("refresh_token", equalTo(SEED)));
        zalo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
        assertThat(stored().map(TokenStore.StoredTokens::refreshToken)).isPresent();
    }

    @Test
    void aNewSeedFromAnAdministratorReplacesTheStoredRefreshToken() {
        ZaloFixtures.oauthRotation(zalo);
        tokens(store()).accessToken();
        zalo.stubFor(post(urlPathEqualTo(OAUTH))
                .withFormParam("refresh_token", equalTo("RT-new-seed-from-admin"))
                .willReturn(okFile("oauth-refreshed-2.json")));
        Map<String, String> environment = new HashMap<>(ZaloFixtures.environment());
        environment.put(ZaloConnection.REFRESH_TOKEN_VARIABLE, "RT-new-seed-from-admin");

        Secret sameSeed = tokens(store()).renew(Secret.of(ACCESS_1));
        Secret newSeed = tokens(store(), environment).renew(Secret.of(ACCESS_2));

        assertThat(sameSeed.reveal()).isEqualTo(ACCESS_2);
        assertThat(newSeed.reveal()).isEqualTo(ACCESS_2);
        zalo.verify(1, postRequestedFor(urlPathEqualTo(OAUTH)).withFormParam("refresh_token", equalTo(REFRESH_2)));
        zalo.verify(
                1,
                postRequestedFor(urlPathEqualTo(OAUTH))
                        .withFormParam("refresh_token", equalTo("RT-new-seed-from-admin")));
    }

    @Test
    void withoutAnyRefreshTokenItNeedsTheVariable() {
        ZaloTokens tokens =
                tokens(store(), Map.of(ZaloConnection.APP_ID_VARIABLE, "1", ZaloConnection.SECRET_KEY_VARIABLE, "s"));

        assertThat(tokens.hasRefreshToken()).isFalse();
        assertThatThrownBy(tokens::accessToken)
                .isInstanceOfSatisfying(
                        FailedCall.class,
                        failed -> assertThat(failed.failure().reasonEn()).contains("ZALO_REFRESH_TOKEN"));
        zalo.verify(0, postRequestedFor(urlPathEqualTo(OAUTH)));
    }

    @Test
    void readsExpiresInAsAStringOrANumber() {
        var json = tools.jackson.databind.json.JsonMapper.shared();
        assertThat(ZaloOAuth.lifetime(json.readTree("{\"expires_in\":\"90000\"}")))
                .isEqualTo(Duration.ofSeconds(90_000));
        assertThat(ZaloOAuth.lifetime(json.readTree("{\"expires_in\":3600}"))).isEqualTo(Duration.ofSeconds(3_600));
        assertThat(ZaloOAuth.lifetime(json.readTree("{}"))).isEqualTo(Duration.ofHours(1));
    }

    /** Runs both at the same moment and returns their results in order. */
    List<String> together(Callable<String> first, Callable<String> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<String> a = threads.submit(() -> {
            start.await();
            return first.call();
        });
        Future<String> b = threads.submit(() -> {
            start.await();
            return second.call();
        });
        return List.of(a.get(), b.get());
    }

    static TokenStore watching(TokenStore store, Runnable onWrite) {
        return wrap(store, session -> new TokenStore.Session() {
            @Override
            public Optional<TokenStore.StoredTokens> read() {
                return session.read();
            }

            @Override
            public void write(TokenStore.StoredTokens tokens) {
                onWrite.run();
                session.write(tokens);
            }
        });
    }

    static TokenStore failingWrites(TokenStore store, java.util.function.BooleanSupplier broken) {
        return wrap(store, session -> new TokenStore.Session() {
            @Override
            public Optional<TokenStore.StoredTokens> read() {
                return session.read();
            }

            @Override
            public void write(TokenStore.StoredTokens tokens) {
                if (broken.getAsBoolean()) {
                    throw new UncheckedIOException(new java.io.IOException("disk full"));
                }
                session.write(tokens);
            }
        });
    }

    static TokenStore wrap(TokenStore store, Function<TokenStore.Session, TokenStore.Session> decorate) {
        return new TokenStore() {
            @Override
            public <T> T locked(String key, Function<Session, T> work) {
                return store.locked(key, session -> work.apply(decorate.apply(session)));
            }
        };
    }
}
