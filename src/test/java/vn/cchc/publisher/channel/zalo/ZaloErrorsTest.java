package vn.cchc.publisher.channel.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.ACCESS_1;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.ACCESS_2;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.CREATE;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.OAUTH;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.QUOTA_PAUSE;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.SLICE;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.okFile;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.request;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.http.DebugLogging;
import vn.cchc.publisher.channel.http.FakeTime;

/** Zalo's error field, checked even when the HTTP status is 200, and what each code makes the adapter do. */
class ZaloErrorsTest {

    @RegisterExtension
    static WireMockExtension zalo = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("zalo"))
            .build();

    @TempDir
    Path dataDir;

    final FakeTime time = new FakeTime();
    ZaloAdapter adapter;

    @BeforeEach
    void setUp() {
        adapter = ZaloFixtures.adapter(
                zalo, time, new FileTokenStore(dataDir.resolve("zalo-tokens.json")), ZaloFixtures.environment());
        ZaloFixtures.emptyOa(zalo);
    }

    @AfterEach
    void tearDown() {
        adapter.close();
    }

    ChannelOutcome publishAgainst(String createAnswer) {
        zalo.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okFile(createAnswer)));
        return adapter.publish(request());
    }

    @Test
    void anInvalidFieldWithHttp200NeedsAttentionAndIsNotRetried() {
        ChannelOutcome outcome = publishAgainst("error-201.json");

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi()).contains("-201", "description is invalid");
        zalo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
        assertThat(time.pauses()).isEmpty();
    }

    @Test
    void aRefusedAccessTokenIsRefreshedOnceAndTheCallSentAgain() {
        zalo.stubFor(post(urlPathEqualTo(CREATE))
                .inScenario("expired")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okFile("error-220.json"))
                .willSetStateTo("refreshed"));
        zalo.stubFor(post(urlPathEqualTo(CREATE))
                .inScenario("expired")
                .whenScenarioStateIs("refreshed")
                .willReturn(okFile("create-ok.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.Published.class);
        zalo.verify(2, postRequestedFor(urlPathEqualTo(OAUTH)));
        zalo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)).withHeader("access_token", equalTo(ACCESS_1)));
        zalo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)).withHeader("access_token", equalTo(ACCESS_2)));
    }

    @Test
    void aTokenRefusedAgainAfterTheRefreshNeedsAnAdministrator() {
        ChannelOutcome outcome = publishAgainst("error-216.json");

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonEn()).contains("ZALO_REFRESH_TOKEN");
        zalo.verify(2, postRequestedFor(urlPathEqualTo(OAUTH)));
        zalo.verify(2, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void thePerMinuteLimitRetriesAfterAMinute() {
        ChannelOutcome outcome = publishAgainst("error-32.json");

        assertThat(outcome).isInstanceOf(ChannelOutcome.RetryLater.class);
        assertThat(((ChannelOutcome.RetryLater) outcome).earliestRetry()).isEqualTo(FakeTime.START.plusSeconds(60));
        zalo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void anExhaustedQuotaRetriesAfterTheQuotaPause() {
        assertThat(publishAgainst("error-211.json"))
                .isInstanceOfSatisfying(
                        ChannelOutcome.RetryLater.class,
                        later -> assertThat(later.earliestRetry()).isEqualTo(FakeTime.START.plus(QUOTA_PAUSE)));
        assertThat(publishAgainst("error-223-quota.json")).isInstanceOf(ChannelOutcome.RetryLater.class);
    }

    @Test
    void anApiTheOaHasNotAuthorisedNeedsAttention() {
        ChannelOutcome outcome = publishAgainst("error-223-auth.json");

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi()).contains("chưa cấp quyền");
    }

    @Test
    void aRefusedRefreshTokenNeedsAnAdministrator() {
        zalo.stubFor(post(urlPathEqualTo(OAUTH)).willReturn(okFile("oauth-refused.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi())
                .contains("ZALO_REFRESH_TOKEN", "has been used");
        zalo.verify(0, anyRequestedFor(urlPathEqualTo(SLICE)));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void noTokenNorTheSecretIsInAnOutcomeOrALogLine(CapturedOutput output) {
        zalo.stubFor(post(urlPathEqualTo(CREATE))
                .willReturn(okJson("{\"error\":-201,\"message\":\"token " + ACCESS_1 + " key " + ZaloFixtures.SECRET_KEY
                        + " is invalid\"}")));
        zalo.stubFor(get(urlPathEqualTo("/v2.0/article/getdetail")).willReturn(okFile("error-32.json")));

        DebugLogging debug = DebugLogging.channels();
        List<Object> results;
        try {
            results = List.of(adapter.publish(request()), adapter.status(), adapter.readBack("x"));
        } finally {
            debug.close();
        }

        String all = results + output.getAll();
        assertThat(results.toString()).contains("NeedsAttention", "READY", "RetryLater");
        assertThat(output.getAll()).contains("Zalo publish", "Zalo access token refreshed");
        for (String secret : List.of(
                ZaloFixtures.SEED,
                ACCESS_1,
                ZaloFixtures.REFRESH_2,
                ZaloFixtures.SECRET_KEY,
                ZaloFixtures.ACCESS_2,
                ZaloFixtures.REFRESH_3)) {
            assertThat(all).doesNotContain(secret);
        }
        assertThat(zalo.getAllServeEvents())
                .allSatisfy(event -> assertThat(event.getRequest().getUrl()).doesNotContain(ACCESS_1));
    }
}
