package vn.cchc.publisher.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.shared.Channel;

/** The process dies after the channel created the post and before the outcome was committed. */
class CrashRecoveryTest {

    @RegisterExtension
    static WireMockExtension wordpress = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** A database that goes away at the worst moment: when the success is about to be recorded. */
    static final class CrashingStore extends PublicationStore {
        volatile boolean crash = true;

        CrashingStore(javax.sql.DataSource dataSource) {
            super(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource));
        }

        @Override
        boolean move(
                long id,
                PublicationStatus from,
                PublicationStatus to,
                Instant now,
                Map<String, @Nullable Object> columns,
                @Nullable String claimedBy) {
            if (crash && to == PublicationStatus.PUBLISHED) {
                throw new IllegalStateException("simulated crash before the commit");
            }
            return super.move(id, from, to, now, columns, claimedBy);
        }
    }

    private Harness h;
    private CrashingStore store;

    @BeforeEach
    void stubs() {
        wordpress.stubFor(get(urlPathEqualTo("/posts"))
                .inScenario("post")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("[]")));
        wordpress.stubFor(post(urlPathEqualTo("/posts"))
                .inScenario("post")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(201).withBody("{\"id\": 4711}"))
                .willSetStateTo("created"));
        wordpress.stubFor(get(urlPathEqualTo("/posts"))
                .inScenario("post")
                .whenScenarioStateIs("created")
                .willReturn(okJson("[{\"id\": 4711, \"slug\": \"a\"}]")));
        h = new Harness(CrashingStore::new);
        store = (CrashingStore) h.store;
        h.approvalRequired = false;
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void publishesOnceWhenTheProcessDiesBeforeRecordingTheSuccess() {
        PublicationView p = h.approvals()
                .queue(null, h.article("a", "x").file(), Set.of(Channel.WEBSITE), Harness.T0, "officer")
                .get(0);
        HttpWebsite site = new HttpWebsite(wordpress.baseUrl());

        // first life: the post is created, the process dies before the commit
        h.engine(site).publishDue(Harness.T0, false);
        assertThat(store.find(p.id()).orElseThrow().state()).isEqualTo(PublicationStatus.PUBLISHING);

        // second life: a new engine; within the claim timeout nothing is touched, after it the channel is asked
        store.crash = false;
        DefaultPublishingEngine restarted = h.engine(site);
        assertThat(restarted.recover(Harness.T0.plus(Duration.ofMinutes(5)))).isZero();
        assertThat(restarted
                        .publishDue(Harness.T0.plus(Duration.ofMinutes(5)), false)
                        .lines())
                .isEmpty();
        Instant later = Harness.T0.plus(Duration.ofMinutes(11));
        assertThat(restarted.recover(later)).isEqualTo(1);
        restarted.publishDue(later, false);

        PublicationView after = store.find(p.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(after.remoteId()).isEqualTo("4711");
        wordpress.verify(1, postRequestedFor(urlPathEqualTo("/posts")));
        wordpress.verify(2, getRequestedFor(urlPathEqualTo("/posts")));
        assertThat(store.attempts(p.id()))
                .singleElement()
                .extracting(PublicationStore.Attempt::outcome)
                .isEqualTo("found_after_crash");
    }

    @Test
    void aClaimWhoseCallNeverWentOutIsSentAgainAfterRecovery() {
        store.crash = false;
        PublicationView p = h.approvals()
                .queue(null, h.article("a", "x").file(), Set.of(Channel.WEBSITE), Harness.T0, "officer")
                .get(0);
        // claimed by an instance that died before sending anything
        assertThat(store.claim(p.id(), "dead", Harness.T0)).isTrue();
        DefaultPublishingEngine engine = h.engine(new HttpWebsite(wordpress.baseUrl()));

        assertThat(engine.recover(Harness.T0.plus(Duration.ofMinutes(5)))).isZero();
        assertThat(engine.recover(Harness.T0.plus(Duration.ofMinutes(11)))).isEqualTo(1);
        assertThat(store.find(p.id()).orElseThrow().state()).isEqualTo(PublicationStatus.APPROVED);
        engine.publishDue(Harness.T0.plus(Duration.ofMinutes(11)), false);

        assertThat(store.find(p.id()).orElseThrow().state()).isEqualTo(PublicationStatus.PUBLISHED);
        wordpress.verify(1, postRequestedFor(urlPathEqualTo("/posts")));
    }
}
