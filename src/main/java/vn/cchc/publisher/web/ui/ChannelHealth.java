package vn.cchc.publisher.web.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelChecks;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.Channels;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.TokenStore;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Publications;
import vn.cchc.publisher.shared.Channel;

/**
 * The state of each channel as the officer needs to see it: configured or not (and what is missing),
 * reachable or failing, days until its token expires, the Graph API version and when it retires; and the
 * website articles not yet shared on Facebook or Zalo. Shown on the overview and at {@code /api/channels}.
 * Each call asks every enabled adapter for its status (one light request per channel).
 */
@Component
public class ChannelHealth {

    /** The key under which the Zalo adapter keeps its tokens. */
    static final String ZALO_TOKENS = "zalo";

    private final Channels channels;
    private final ChannelChecks checks;
    private final ChannelsProperties settings;
    private final ObjectProvider<TokenStore> tokens;
    private final Publications publications;
    private final ContentCatalog content;
    private final ChannelHealthProperties health;
    private final Duration zaloRefreshTokenLifetime;
    private final int tokenWarningDays;
    private final Clock clock;

    ChannelHealth(
            Channels channels,
            ChannelsProperties settings,
            ObjectProvider<TokenStore> tokens,
            ChannelChecks checks,
            Publications publications,
            ContentCatalog content,
            ChannelHealthProperties health,
            @Value("${cchc.notifications.zalo-refresh-token-lifetime:90d}") Duration zaloRefreshTokenLifetime,
            @Value("${cchc.notifications.token-warning-days:14}") int tokenWarningDays,
            Clock clock) {
        this.channels = channels;
        this.checks = checks;
        this.settings = settings;
        this.tokens = tokens;
        this.publications = publications;
        this.content = content;
        this.health = health;
        this.zaloRefreshTokenLifetime = zaloRefreshTokenLifetime;
        this.tokenWarningDays = tokenWarningDays;
        this.clock = clock;
    }

    /** Checks every channel now. */
    public Report check() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, UiDates.VIETNAM);
        List<ChannelCheck> checks = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            checks.add(check(channel, today));
        }
        return new Report(now, checks, unshared());
    }

    private ChannelCheck check(Channel channel, LocalDate today) {
        Optional<ChannelAdapter<?>> adapter = channels.adapter(channel);
        if (adapter.isEmpty()) {
            return new ChannelCheck(
                    channel.id(),
                    channel.title(),
                    null,
                    "disabled",
                    "Đã tắt",
                    List.of(),
                    "Kênh này đã tắt trong cấu hình (cchc.channels." + channel.id() + ".enabled).",
                    false,
                    null,
                    null);
        }
        Optional<ChannelStatus> checked = checks.status(channel);
        if (checked.isEmpty()) {
            // the first check of this channel is still under way (a slow or unreachable channel)
            return new ChannelCheck(
                    channel.id(),
                    channel.title(),
                    adapter.get().name(),
                    "checking",
                    "Đang kiểm tra",
                    List.of(),
                    "Đang kiểm tra kết nối tới kênh này; tải lại trang sau ít giây.",
                    true,
                    token(channel, today),
                    channel == Channel.FACEBOOK ? graphVersion(today) : null);
        }
        ChannelStatus status = checked.get();
        String[] state = switch (status.state()) {
            case NOT_CONFIGURED -> new String[] {"not_configured", "Chưa cấu hình"};
            case UNREACHABLE -> new String[] {"unreachable", "Không kết nối được"};
            case REJECTED -> new String[] {"rejected", "Bị từ chối"};
            case READY -> new String[] {"ready", "Hoạt động"};
        };
        Token token = token(channel, today);
        GraphVersion graph = channel == Channel.FACEBOOK ? graphVersion(today) : null;
        boolean warning = !status.isReady() || (token != null && token.warning()) || (graph != null && graph.warning());
        return new ChannelCheck(
                channel.id(),
                channel.title(),
                status.adapter(),
                state[0],
                state[1],
                status.missing(),
                status.detailVi(),
                warning,
                token,
                graph);
    }

    private @Nullable Token token(Channel channel, LocalDate today) {
        Instant expiresAt = null;
        if (channel == Channel.FACEBOOK) {
            expiresAt = settings.facebook().tokenExpiresAt();
        } else if (channel == Channel.ZALO) {
            TokenStore store = tokens.getIfUnique();
            expiresAt = store == null
                    ? null
                    : store.writtenAt(ZALO_TOKENS)
                            .map(issued -> issued.plus(zaloRefreshTokenLifetime))
                            .orElse(null);
        }
        if (expiresAt == null) {
            return null;
        }
        LocalDate expires = LocalDate.ofInstant(expiresAt, UiDates.VIETNAM);
        long left = ChronoUnit.DAYS.between(today, expires);
        return new Token(expires, left, left < tokenWarningDays);
    }

    private GraphVersion graphVersion(LocalDate today) {
        String version = settings.facebook().apiVersion();
        LocalDate retires = health.retirements().get(version);
        if (retires == null) {
            return new GraphVersion(version, null, null, true);
        }
        long left = ChronoUnit.DAYS.between(today, retires);
        return new GraphVersion(version, retires, left, left < health.graphWarningDays());
    }

    /** Website articles (published or verified) whose Facebook or Zalo publication was never queued. */
    private List<Unshared> unshared() {
        List<PublicationView> all = publications.list(null);
        Map<String, Set<Channel>> queued = new HashMap<>();
        for (PublicationView p : all) {
            queued.computeIfAbsent(p.unit() + "|" + p.contentFile(), k -> EnumSet.noneOf(Channel.class))
                    .add(p.channel());
        }
        Map<String, Article> articles = new HashMap<>();
        content.load().articles().forEach(a -> articles.put(a.file(), a));
        List<Unshared> result = new ArrayList<>();
        for (PublicationView p : all) {
            boolean online = p.state() == PublicationStatus.PUBLISHED || p.state() == PublicationStatus.VERIFIED;
            Article article = articles.get(p.contentFile());
            if (p.channel() != Channel.WEBSITE || !online || article == null) {
                continue;
            }
            Set<Channel> done = queued.get(p.unit() + "|" + p.contentFile());
            List<ChannelName> missing = new ArrayList<>();
            for (Channel social : List.of(Channel.FACEBOOK, Channel.ZALO)) {
                if (article.channels().contains(social)
                        && !done.contains(social)
                        && channels.adapter(social).isPresent()) {
                    missing.add(new ChannelName(social.id(), social.title()));
                }
            }
            if (!missing.isEmpty()) {
                result.add(new Unshared(p.unit(), p.contentFile(), article.title(), p.url(), missing));
            }
        }
        return result;
    }

    /**
     * The health of every channel.
     *
     * @param checkedAt when it was checked
     * @param channels one entry per channel, in the order website, Facebook, Zalo
     * @param unshared website articles not yet shared on Facebook or Zalo
     */
    public record Report(Instant checkedAt, List<ChannelCheck> channels, List<Unshared> unshared) {}

    /**
     * One channel.
     *
     * @param channel the channel id
     * @param name its Vietnamese name
     * @param adapter the adapter's name ({@code local-site}, {@code wordpress}, …); null when disabled
     * @param state {@code disabled}, {@code not_configured}, {@code unreachable}, {@code rejected} or
     *     {@code ready}
     * @param stateLabel the state in Vietnamese
     * @param missing the missing environment variables or settings, when not configured
     * @param detail what it means or what to do, in Vietnamese
     * @param warning whether something needs the officer: not ready, token or Graph version ending soon
     * @param token when the channel's token expires; null when unknown or it does not
     * @param graphVersion the Graph API version in use, for Facebook; null otherwise
     */
    public record ChannelCheck(
            String channel,
            String name,
            @Nullable String adapter,
            String state,
            String stateLabel,
            List<String> missing,
            String detail,
            boolean warning,
            @Nullable Token token,
            @Nullable GraphVersion graphVersion) {}

    /**
     * When a token expires.
     *
     * @param expiresOn the day it expires, in Vietnam
     * @param daysLeft days from today until then (negative once expired)
     * @param warning fewer than {@code cchc.notifications.token-warning-days} left
     */
    public record Token(LocalDate expiresOn, long daysLeft, boolean warning) {}

    /**
     * The Graph API version in use.
     *
     * @param version e.g. {@code v24.0}
     * @param retiresOn the day Meta retires it; null for a version the table does not know
     * @param daysLeft days from today until then; null when unknown
     * @param warning retiring in fewer than {@code cchc.channel-health.graph-warning-days}, or unknown
     */
    public record GraphVersion(
            String version,
            @Nullable LocalDate retiresOn,
            @Nullable Long daysLeft,
            boolean warning) {}

    /** A channel by id and Vietnamese name. */
    public record ChannelName(String id, String name) {}

    /**
     * A website article not shared on every social channel it names.
     *
     * @param unit the unit key
     * @param contentFile the article file
     * @param title its title
     * @param websiteUrl where it is on the website; null if unknown
     * @param missing the channels it names that have no publication of it
     */
    public record Unshared(
            String unit,
            String contentFile,
            String title,
            @Nullable String websiteUrl,
            List<ChannelName> missing) {}
}
