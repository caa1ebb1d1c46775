package vn.cchc.publisher.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelChecks;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.Channels;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.TokenStore;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.publishing.Publications;
import vn.cchc.publisher.shared.Channel;

/** The figures of the channel health, on a fixed clock: 10/06/2026 in Vietnam. */
class ChannelHealthTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-06-10T03:00:00Z"), UiDates.VIETNAM);
    private final Channels channels = mock(Channels.class);
    private final TokenStore tokens = mock(TokenStore.class);
    private final Publications publications = mock(Publications.class);
    private final ContentCatalog content = mock(ContentCatalog.class);

    private ChannelHealth health(String graphVersion, Map<String, LocalDate> configured, Instant facebookExpiry) {
        ChannelsProperties.Facebook facebook = mock(ChannelsProperties.Facebook.class);
        given(facebook.apiVersion()).willReturn(graphVersion);
        given(facebook.tokenExpiresAt()).willReturn(facebookExpiry);
        given(facebook.baseUrl()).willReturn(URI.create("https://graph.facebook.com"));
        ChannelsProperties settings = mock(ChannelsProperties.class);
        given(settings.facebook()).willReturn(facebook);
        for (Channel channel : Channel.values()) {
            ChannelAdapter<?> adapter = mock(ChannelAdapter.class);
            given(adapter.status())
                    .willReturn(
                            new ChannelStatus(channel, channel.id(), ChannelStatus.State.READY, List.of(), "ok", "ok"));
            given(channels.adapter(channel)).willReturn(Optional.of(adapter));
        }
        @SuppressWarnings("unchecked")
        ObjectProvider<TokenStore> store = mock(ObjectProvider.class);
        given(store.getIfUnique()).willReturn(tokens);
        given(publications.list(null)).willReturn(List.of());
        given(content.load()).willReturn(new ContentSnapshot(List.of(), List.of(), List.of()));
        return new ChannelHealth(
                channels,
                settings,
                store,
                new ChannelChecks(channels, clock, Duration.ofMinutes(5), Duration.ofSeconds(3)),
                publications,
                content,
                new ChannelHealthProperties(configured, 90),
                Duration.ofDays(90),
                14,
                clock);
    }

    private static ChannelHealth.ChannelCheck of(ChannelHealth.Report report, String channel) {
        return report.channels().stream()
                .filter(c -> c.channel().equals(channel))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void countsTheDaysUntilTheGraphVersionRetiresAndWarnsUnderNinety() {
        ChannelHealth.GraphVersion v20 =
                of(health("v20.0", Map.of(), null).check(), "facebook").graphVersion();
        ChannelHealth.GraphVersion v21 =
                of(health("v21.0", Map.of(), null).check(), "facebook").graphVersion();

        assertThat(v20).isEqualTo(new ChannelHealth.GraphVersion("v20.0", LocalDate.of(2026, 9, 24), 106L, false));
        assertThat(v21.daysLeft()).isEqualTo(225);
        assertThat(of(health("v19.0", Map.of(), null).check(), "facebook").graphVersion())
                .isEqualTo(new ChannelHealth.GraphVersion("v19.0", LocalDate.of(2026, 5, 21), -20L, true));
    }

    @Test
    void aConfiguredDateOverridesAndAnUnknownVersionIsWarned() {
        ChannelHealth.ChannelCheck configured = of(
                health("v26.0", Map.of("v26.0", LocalDate.of(2026, 8, 1)), null).check(), "facebook");
        ChannelHealth.ChannelCheck unknown = of(health("v99.0", Map.of(), null).check(), "facebook");

        assertThat(configured.graphVersion().daysLeft()).isEqualTo(52);
        assertThat(configured.graphVersion().warning()).isTrue();
        assertThat(configured.warning()).isTrue();
        assertThat(unknown.graphVersion().retiresOn()).isNull();
        assertThat(unknown.graphVersion().warning()).isTrue();
    }

    @Test
    void countsTheDaysLeftOnTheFacebookAndZaloTokens() {
        given(tokens.writtenAt(ChannelHealth.ZALO_TOKENS))
                .willReturn(Optional.of(Instant.parse("2026-03-20T01:00:00Z")));

        ChannelHealth.Report report =
                health("v24.0", Map.of(), Instant.parse("2026-07-10T00:00:00Z")).check();

        assertThat(of(report, "facebook").token())
                .isEqualTo(new ChannelHealth.Token(LocalDate.of(2026, 7, 10), 30, false));
        assertThat(of(report, "zalo").token()).isEqualTo(new ChannelHealth.Token(LocalDate.of(2026, 6, 18), 8, true));
        assertThat(of(report, "zalo").warning()).isTrue();
        assertThat(of(report, "website").token()).isNull();
        assertThat(of(report, "website").graphVersion()).isNull();
        assertThat(of(report, "website").warning()).isFalse();
    }
}
