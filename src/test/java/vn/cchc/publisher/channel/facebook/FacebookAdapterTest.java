package vn.cchc.publisher.channel.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.FEED;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.PERMALINK;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.PHOTOS;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.POST_ID;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.SCHEDULED;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.error;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.okFile;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.photoPost;
import static vn.cchc.publisher.channel.facebook.FacebookFixtures.request;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.http.FakeTime;
import vn.cchc.publisher.channel.http.TestChannels;

/** Publishing to the Page: the two kinds of post, the search before a create, the lost answers. */
class FacebookAdapterTest {

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
    void postsAPhotoWithTheMessageAsCaptionAndKeepsThePostId() {
        FacebookFixtures.emptyPage(graph);
        graph.stubFor(post(urlPathEqualTo(PHOTOS)).willReturn(okFile("photo-created.json")));

        ChannelOutcome outcome = adapter.publish(request(photoPost()));

        assertThat(outcome).isEqualTo(new ChannelOutcome.Published(POST_ID, PERMALINK));
        graph.verify(postRequestedFor(urlPathEqualTo(PHOTOS))
                .withHeader("Authorization", equalTo("Bearer " + FacebookFixtures.TOKEN))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("url", equalTo(photoPost().coverUrl()))
                .withFormParam("caption", equalTo(FacebookFixtures.MESSAGE)));
        graph.verify(0, anyRequestedFor(anyUrl()).withQueryParam("access_token", equalTo(FacebookFixtures.TOKEN)));
    }

    @Test
    void postsALinkToTheFeedWhenThereIsNoCover() {
        FacebookFixtures.emptyPage(graph);
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(okFile("feed-created.json")));
        graph.stubFor(get(urlPathEqualTo("/v24.0/1234567890_9003"))
                .willReturn(okJson("{\"permalink_url\":\"https://www.facebook.com/1234567890/posts/9003\"}")));

        ChannelOutcome outcome = adapter.publish(request(FacebookFixtures.linkPost()));

        assertThat(outcome)
                .isEqualTo(new ChannelOutcome.Published(
                        "1234567890_9003", "https://www.facebook.com/1234567890/posts/9003"));
        graph.verify(postRequestedFor(urlPathEqualTo(FEED))
                .withFormParam("message", equalTo(FacebookFixtures.MESSAGE))
                .withFormParam("link", equalTo(FacebookFixtures.LINK)));
    }

    @Test
    void findsThePostInTheFeedAndPostsNothing() {
        graph.stubFor(get(urlPathEqualTo(FEED)).willReturn(okFile("feed-with-post.json")));

        ChannelOutcome outcome = adapter.publish(request(photoPost()));

        assertThat(outcome).isEqualTo(new ChannelOutcome.AlreadyExists(POST_ID, PERMALINK));
        graph.verify(0, postRequestedFor(urlPathEqualTo(PHOTOS)));
    }

    @Test
    void findsAScheduledPostByItsLinkAndPostsNothing() {
        graph.stubFor(get(urlPathEqualTo(FEED)).willReturn(okFile("feed-other-posts.json")));
        graph.stubFor(get(urlPathEqualTo(SCHEDULED)).willReturn(okFile("scheduled-with-link.json")));

        ChannelOutcome outcome = adapter.findExisting(request(photoPost()));

        assertThat(outcome)
                .isEqualTo(new ChannelOutcome.AlreadyExists(
                        "1234567890_9003", "https://www.facebook.com/1234567890/posts/9003"));
        graph.verify(0, postRequestedFor(urlPathEqualTo(PHOTOS)));
    }

    @Test
    void aServiceErrorOnTheCreateIsFollowedByASearchThatFindsThePost() {
        lostCreate(error(500, "error-2.json"));
    }

    @Test
    void aCreateThatTimesOutIsFollowedByASearchThatFindsThePost() {
        lostCreate(okFile("photo-created.json").withFixedDelay(TestChannels.TOO_SLOW));
    }

    @Test
    void aConnectionResetDuringTheCreateIsFollowedByASearchThatFindsThePost() {
        lostCreate(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    @Test
    void anUnreadableAnswerToTheCreateIsFollowedByASearchThatFindsThePost() {
        lostCreate(aResponse().withStatus(200).withBody("{\"id\":\"9001\",\"post_"));
    }

    /** Facebook makes the post, but its answer to the create is lost as {@code answer}. */
    void lostCreate(ResponseDefinitionBuilder answer) {
        FacebookFixtures.emptyPage(graph);
        graph.stubFor(get(urlPathEqualTo(FEED))
                .inScenario("create")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okFile("feed-other-posts.json")));
        graph.stubFor(post(urlPathEqualTo(PHOTOS))
                .inScenario("create")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(answer)
                .willSetStateTo("posted"));
        graph.stubFor(get(urlPathEqualTo(FEED))
                .inScenario("create")
                .whenScenarioStateIs("posted")
                .willReturn(okFile("feed-with-post.json")));

        ChannelOutcome outcome = adapter.publish(request(photoPost()));

        assertThat(outcome).isEqualTo(new ChannelOutcome.Published(POST_ID, PERMALINK));
        graph.verify(1, postRequestedFor(urlPathEqualTo(PHOTOS)));
        graph.verify(2, getRequestedFor(urlPathEqualTo(FEED)));
        graph.verify(1, getRequestedFor(urlPathEqualTo(SCHEDULED)));
        assertThat(time.pauses()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aDuplicateIsLookedForAndNeverPostedAgain() {
        graph.stubFor(get(urlPathEqualTo(SCHEDULED)).willReturn(okJson("{\"data\":[]}")));
        graph.stubFor(get(urlPathEqualTo(FEED))
                .inScenario("duplicate")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okFile("feed-other-posts.json")));
        graph.stubFor(post(urlPathEqualTo(PHOTOS))
                .inScenario("duplicate")
                .willReturn(error(400, "error-506.json"))
                .willSetStateTo("seen"));
        graph.stubFor(get(urlPathEqualTo(FEED))
                .inScenario("duplicate")
                .whenScenarioStateIs("seen")
                .willReturn(okFile("feed-with-post.json")));

        ChannelOutcome outcome = adapter.publish(request(photoPost()));

        assertThat(outcome).isEqualTo(new ChannelOutcome.AlreadyExists(POST_ID, PERMALINK));
        graph.verify(1, postRequestedFor(urlPathEqualTo(PHOTOS)));
    }

    @Test
    void aDuplicateThatCannotBeFoundNeedsAPerson() {
        FacebookFixtures.emptyPage(graph);
        graph.stubFor(post(urlPathEqualTo(PHOTOS)).willReturn(error(400, "error-506.json")));

        ChannelOutcome outcome = adapter.publish(request(photoPost()));

        assertThat(outcome).isInstanceOf(ChannelOutcome.NeedsAttention.class);
        assertThat(((ChannelOutcome.NeedsAttention) outcome).reasonVi()).contains("506");
        graph.verify(1, postRequestedFor(urlPathEqualTo(PHOTOS)));
        assertThat(time.pauses()).isEmpty();
    }

    @Test
    void serverErrorsUntilAttemptsRunOutGiveRetryLater() {
        FacebookFixtures.emptyPage(graph);
        graph.stubFor(post(urlPathEqualTo(PHOTOS)).willReturn(aResponse().withStatus(503)));

        ChannelOutcome outcome = adapter.publish(request(photoPost()));

        assertThat(outcome).isInstanceOf(ChannelOutcome.RetryLater.class);
        assertThat(((ChannelOutcome.RetryLater) outcome).earliestRetry()).isEqualTo(FakeTime.START.plusSeconds(7));
        graph.verify(3, getRequestedFor(urlPathEqualTo(FEED)));
    }

    @Test
    void aRetryAfterWithoutAGraphErrorIsHonoured() {
        FacebookFixtures.emptyPage(graph);
        graph.stubFor(post(urlPathEqualTo(PHOTOS))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5"))
                .willSetStateTo("free"));
        graph.stubFor(post(urlPathEqualTo(PHOTOS))
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(okFile("photo-created.json")));

        assertThat(adapter.publish(request(photoPost()))).isInstanceOf(ChannelOutcome.Published.class);
        assertThat(time.pauses()).containsExactly(Duration.ofSeconds(5));
    }
}
