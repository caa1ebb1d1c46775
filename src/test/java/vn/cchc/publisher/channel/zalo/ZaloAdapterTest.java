package vn.cchc.publisher.channel.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.ACCESS_1;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.ARTICLE_ID;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.CREATE;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.LINK;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.SLICE;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.VERIFY;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.VERIFY_INTERVAL;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.okFile;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.request;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.TestArticles;
import vn.cchc.publisher.channel.http.FakeTime;
import vn.cchc.publisher.channel.http.TestChannels;

/** Publishing an article: create, verify, the title lookup before any create, lost answers. */
class ZaloAdapterTest {

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
    }

    @AfterEach
    void tearDown() {
        adapter.close();
    }

    @Test
    void createsTheArticleAndWaitsForItsIdWhileZaloProcessesIt() {
        ZaloFixtures.emptyOa(zalo);
        zalo.stubFor(post(urlPathEqualTo(VERIFY))
                .inScenario("verify")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okFile("verify-processing.json"))
                .willSetStateTo("done"));
        zalo.stubFor(post(urlPathEqualTo(VERIFY))
                .inScenario("verify")
                .whenScenarioStateIs("done")
                .willReturn(okFile("verify-article-id.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isEqualTo(new ChannelOutcome.Published(ARTICLE_ID, LINK));
        zalo.verify(postRequestedFor(urlPathEqualTo(CREATE))
                .withHeader("access_token", equalTo(ACCESS_1))
                .withRequestBody(matchingJsonPath("$.type", equalTo("normal")))
                .withRequestBody(matchingJsonPath("$.title", equalTo(TestArticles.TITLE)))
                .withRequestBody(matchingJsonPath("$.cover.cover_type", equalTo("photo")))
                .withRequestBody(matchingJsonPath("$.body[1].type", equalTo("image"))));
        zalo.verify(
                2, postRequestedFor(urlPathEqualTo(VERIFY)).withRequestBody(equalToJson("{\"token\":\"job-7f3c2a\"}")));
        assertThat(time.pauses()).containsExactly(VERIFY_INTERVAL);
    }

    @Test
    void findsTheArticleByItsTitleAndCreatesNothing() {
        ZaloFixtures.emptyOa(zalo);
        zalo.stubFor(get(urlPathEqualTo(SLICE)).willReturn(okFile("getslice-with-article.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isEqualTo(new ChannelOutcome.AlreadyExists(ARTICLE_ID, LINK));
        zalo.verify(0, postRequestedFor(urlPathEqualTo(CREATE)));
        zalo.verify(getRequestedFor(urlPathEqualTo(SLICE))
                .withQueryParam("offset", equalTo("0"))
                .withQueryParam("type", equalTo("normal")));
    }

    @Test
    void aLostAnswerToTheCreateIsFoundByTitleAndNotCreatedTwice() {
        lostCreate(aResponse().withStatus(502));
    }

    @Test
    void aCreateThatTimesOutIsFoundByTitleAndNotCreatedTwice() {
        lostCreate(okFile("create-ok.json").withFixedDelay(TestChannels.TOO_SLOW));
    }

    @Test
    void aConnectionResetDuringTheCreateIsFoundByTitleAndNotCreatedTwice() {
        lostCreate(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    @Test
    void anUnreadableAnswerToTheCreateIsFoundByTitleAndNotCreatedTwice() {
        lostCreate(aResponse().withStatus(200).withBody("{\"data\":{\"tok"));
    }

    /** Zalo makes the article, but the answer to the create is lost as {@code answer}. */
    void lostCreate(ResponseDefinitionBuilder answer) {
        ZaloFixtures.emptyOa(zalo);
        zalo.stubFor(post(urlPathEqualTo(CREATE))
                .inScenario("create")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(answer)
                .willSetStateTo("created"));
        zalo.stubFor(get(urlPathEqualTo(SLICE))
                .inScenario("create")
                .whenScenarioStateIs("created")
                .willReturn(okFile("getslice-with-article.json")));

        ChannelOutcome outcome = adapter.publish(request());

        assertThat(outcome).isEqualTo(new ChannelOutcome.Published(ARTICLE_ID, LINK));
        zalo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
        zalo.verify(2, getRequestedFor(urlPathEqualTo(SLICE)));
        assertThat(time.pauses()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void anArticleStillProcessingIsVerifiedByTheNextCallWithoutANewCreate() {
        ZaloFixtures.emptyOa(zalo);
        zalo.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okFile("verify-processing.json")));

        ChannelOutcome first = adapter.publish(request());
        zalo.stubFor(post(urlPathEqualTo(VERIFY)).willReturn(okFile("verify-id.json")));
        ChannelOutcome second = adapter.publish(request());

        assertThat(first).isInstanceOf(ChannelOutcome.RetryLater.class);
        assertThat(((ChannelOutcome.RetryLater) first).reasonVi()).contains("đang xử lý");
        assertThat(second).isEqualTo(new ChannelOutcome.Published(ARTICLE_ID, LINK));
        zalo.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
        assertThat(time.pauses()).containsExactly(VERIFY_INTERVAL, VERIFY_INTERVAL);
    }
}
