package vn.cchc.publisher.channel.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.ARTICLE_ID;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.DETAIL;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.LINK;
import static vn.cchc.publisher.channel.zalo.ZaloFixtures.okFile;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.TestArticles;
import vn.cchc.publisher.channel.http.FakeTime;

/** Status, read-back, update and removal of an article published earlier. */
class ZaloPostLifecycleTest {

    static final String UPDATE = "/v2.0/article/update";
    static final String REMOVE = "/v2.0/article/remove";

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

    @Test
    void isReadyWhenZaloListsArticlesWithARefreshedToken() {
        assertThat(adapter.status().state()).isEqualTo(ChannelStatus.State.READY);
    }

    @Test
    void withoutItsVariablesItIsNotConfiguredAndNamesThem() {
        ZaloAdapter unconfigured =
                ZaloFixtures.adapter(zalo, time, new FileTokenStore(dataDir.resolve("none.json")), Map.of());
        try {
            ChannelStatus status = unconfigured.status();
            ChannelOutcome outcome = unconfigured.publish(ZaloFixtures.request());

            assertThat(status.state()).isEqualTo(ChannelStatus.State.NOT_CONFIGURED);
            assertThat(status.missing()).containsExactly("ZALO_APP_ID", "ZALO_SECRET_KEY", "ZALO_REFRESH_TOKEN");
            assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi()).contains("ZALO_APP_ID");
            assertThat(zalo.getAllServeEvents()).isEmpty();
        } finally {
            unconfigured.close();
        }
    }

    @Test
    void readsTheArticleBack() {
        assertThat(adapter.readBack(ARTICLE_ID))
                .isEqualTo(new ChannelOutcome.RemotePost(ARTICLE_ID, LINK, true, TestArticles.TITLE));
    }

    @Test
    void anUnknownArticleReadsBackAsNotFound() {
        zalo.stubFor(get(urlPathEqualTo(DETAIL)).willReturn(okFile("error-201.json")));

        assertThat(adapter.readBack("nope")).isEqualTo(new ChannelOutcome.NotFound());
    }

    @Test
    void updatesTheArticleByIdAndWaitsForZaloToProcessIt() {
        zalo.stubFor(post(urlPathEqualTo(UPDATE)).willReturn(okFile("create-ok.json")));

        ChannelOutcome outcome = adapter.update(ARTICLE_ID, ZaloFixtures.request());

        assertThat(outcome).isEqualTo(new ChannelOutcome.Published(ARTICLE_ID, LINK));
        zalo.verify(postRequestedFor(urlPathEqualTo(UPDATE))
                .withRequestBody(matchingJsonPath("$.id", equalTo(ARTICLE_ID)))
                .withRequestBody(matchingJsonPath("$.title", equalTo(TestArticles.TITLE))));
        zalo.verify(postRequestedFor(urlPathEqualTo(ZaloFixtures.VERIFY)));
    }

    @Test
    void removesTheArticleAndTakesAnUnknownOneAsRemoved() {
        zalo.stubFor(post(urlPathEqualTo(REMOVE)).willReturn(okFile("remove-ok.json")));
        assertThat(adapter.unpublish(ARTICLE_ID)).isEqualTo(new ChannelOutcome.Unpublished(ARTICLE_ID));

        zalo.stubFor(post(urlPathEqualTo(REMOVE)).willReturn(okFile("error-201.json")));
        assertThat(adapter.unpublish(ARTICLE_ID)).isEqualTo(new ChannelOutcome.Unpublished(ARTICLE_ID));

        zalo.verify(
                2,
                postRequestedFor(urlPathEqualTo(REMOVE))
                        .withRequestBody(equalToJson("{\"id\":\"" + ARTICLE_ID + "\"}")));
    }

    @Test
    void anUnreadableTokenFileNeedsAttentionAndNothingIsSent() throws Exception {
        Path file = dataDir.resolve("broken.json");
        java.nio.file.Files.writeString(file, "{not json");
        ZaloAdapter broken = ZaloFixtures.adapter(
                zalo,
                time,
                new FileTokenStore(file),
                Map.of(ZaloConnection.APP_ID_VARIABLE, "1", ZaloConnection.SECRET_KEY_VARIABLE, "s"));
        try {
            ChannelOutcome outcome = broken.publish(ZaloFixtures.request());

            assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
            assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonEn()).contains("token store");
            assertThat(broken.status().state()).isEqualTo(ChannelStatus.State.REJECTED);
            assertThat(zalo.getAllServeEvents()).isEmpty();
        } finally {
            broken.close();
        }
    }
}
