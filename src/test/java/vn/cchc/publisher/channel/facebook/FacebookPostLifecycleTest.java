package vn.cchc.publisher.channel.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.PERMALINK;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.POST_ID;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.error;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.okFile;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.http.FakeTime;

/** Status, read-back, update and removal of a post published earlier. */
class FacebookPostLifecycleTest {

    static final String POST = "/v24.0/" + POST_ID;

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("facebook"))
            .build();

    final FakeTime time = new FakeTime();
    final FacebookAdapter adapter = FacebookFixtures.adapter(graph, time);

    @AfterEach
    void tearDown() {
        adapter.close();
    }

    @Test
    void isReadyWhenThePageAnswers() {
        graph.stubFor(get(urlPathEqualTo("/v24.0/1234567890")).willReturn(okFile("page.json")));

        ChannelStatus status = adapter.status();

        assertThat(status.state()).isEqualTo(ChannelStatus.State.READY);
        assertThat(status.detailVi()).contains("Trung tâm Y tế huyện Mẫu");
    }

    @Test
    void withoutPageIdAndTokenItIsNotConfiguredAndNamesBoth() {
        FacebookAdapter unconfigured = FacebookFixtures.adapter(graph, time, Map.of(), null);
        try {
            ChannelStatus status = unconfigured.status();
            ChannelOutcome outcome = unconfigured.publish(FacebookFixtures.request(FacebookFixtures.photoPost()));

            assertThat(status.state()).isEqualTo(ChannelStatus.State.NOT_CONFIGURED);
            assertThat(status.missing()).containsExactly("cchc.channels.facebook.page-id", "FACEBOOK_PAGE_TOKEN");
            assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonEn()).contains("FACEBOOK_PAGE_TOKEN");
            assertThat(graph.getAllServeEvents()).isEmpty();
        } finally {
            unconfigured.close();
        }
    }

    @Test
    void readsThePostBack() {
        graph.stubFor(get(urlPathEqualTo(POST)).willReturn(okFile("post-9002.json")));

        assertThat(adapter.readBack(POST_ID))
                .isEqualTo(new ChannelOutcome.RemotePost(
                        POST_ID, PERMALINK, true, "Đẩy mạnh cải cách thủ tục hành chính tại Trung tâm Y tế"));
    }

    @Test
    void aDeletedPostReadsBackAsNotFound() {
        graph.stubFor(get(urlPathEqualTo(POST)).willReturn(error(400, "error-100-33.json")));

        assertThat(adapter.readBack(POST_ID)).isEqualTo(new ChannelOutcome.NotFound());
    }

    @Test
    void updatesTheMessageOfThePost() {
        graph.stubFor(post(urlPathEqualTo(POST)).willReturn(okJson("{\"success\":true}")));
        graph.stubFor(get(urlPathEqualTo(POST)).willReturn(okFile("post-9002.json")));

        ChannelOutcome outcome = adapter.update(POST_ID, FacebookFixtures.request(FacebookFixtures.photoPost()));

        assertThat(outcome).isEqualTo(new ChannelOutcome.Published(POST_ID, PERMALINK));
        graph.verify(
                postRequestedFor(urlPathEqualTo(POST)).withFormParam("message", equalTo(FacebookFixtures.MESSAGE)));
    }

    @Test
    void deletesThePostAndTakesAPostThatIsGoneAsDeleted() {
        graph.stubFor(delete(urlPathEqualTo(POST)).willReturn(okJson("{\"success\":true}")));
        assertThat(adapter.unpublish(POST_ID)).isEqualTo(new ChannelOutcome.Unpublished(POST_ID));

        graph.stubFor(delete(urlPathEqualTo(POST)).willReturn(error(400, "error-100-33.json")));
        assertThat(adapter.unpublish(POST_ID)).isEqualTo(new ChannelOutcome.Unpublished(POST_ID));

        graph.verify(2, deleteRequestedFor(urlPathEqualTo(POST)));
    }
}
