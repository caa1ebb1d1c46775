package vn.cchc.publisher.channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the channel adapters ({@code cchc.channels.*}). Secrets are not settings: they are read
 * from environment variables only ({@code WORDPRESS_APP_PASSWORD}, {@code FACEBOOK_PAGE_TOKEN},
 * {@code ZALO_APP_ID}, {@code ZALO_SECRET_KEY}, {@code ZALO_REFRESH_TOKEN}).
 *
 * @param wordpress the WordPress site
 * @param facebook the Facebook Page
 * @param zalo the Zalo Official Account
 */
@Validated
@ConfigurationProperties("cchc.channels")
public record ChannelsProperties(
        @Valid @DefaultValue Wordpress wordpress,
        @Valid @DefaultValue Facebook facebook,
        @Valid @DefaultValue Zalo zalo) {

    /**
     * HTTP settings of one channel.
     *
     * @param connectTimeout how long to wait for a TCP connection
     * @param responseTimeout how long to wait for the answer once the request is sent
     * @param maxConcurrency at most this many requests at once to the channel's host
     * @param idleTimeout a pooled connection idle this long is closed rather than reused (below the
     *     server's keep-alive timeout, so a reused connection is never one the server just closed)
     */
    public record Http(
            @NotNull @DefaultValue("5s") Duration connectTimeout,
            @NotNull @DefaultValue("30s") Duration responseTimeout,
            @Min(1) @Max(64) @DefaultValue("4") int maxConcurrency,
            @NotNull @DefaultValue("2s") Duration idleTimeout) {}

    /**
     * How transient failures are retried inside one call; past that the call answers "retry later".
     *
     * @param maxAttempts attempts per call, the first included
     * @param initialBackoff the wait after the first failure; doubled after each further one
     * @param maxBackoff the longest wait between two attempts
     * @param jitter the random part of each wait, 0 (none) to 1 (anything from zero to the full wait)
     * @param maxWaitInCall a wait longer than this (a long Retry-After, a rate limit) is not spent inside
     *     the call: the call answers "retry later" at once
     */
    public record Retry(
            @Min(1) @Max(10) @DefaultValue("3") int maxAttempts,
            @NotNull @DefaultValue("1s") Duration initialBackoff,
            @NotNull @DefaultValue("30s") Duration maxBackoff,

            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5")
            double jitter,

            @NotNull @DefaultValue("20s") Duration maxWaitInCall) {}

    /**
     * The WordPress site (REST API, Application Passwords). When enabled it is the {@code website} channel
     * instead of the built-in local site.
     *
     * @param enabled whether the adapter exists
     * @param baseUrl the site's address, e.g. {@code https://ttyt.example.gov.vn}
     * @param user the WordPress user the application password belongs to
     * @param categorySlug the category every article is filed under (created if missing)
     * @param categoryName the category's name when it has to be created
     * @param http HTTP settings
     * @param retry retry settings
     */
    public record Wordpress(
            @DefaultValue("false") boolean enabled,
            @Nullable URI baseUrl,
            @Nullable String user,
            @NotBlank @DefaultValue("cai-cach-hanh-chinh") String categorySlug,
            @NotBlank @DefaultValue("Cải cách hành chính") String categoryName,
            @Valid @DefaultValue Http http,
            @Valid @DefaultValue Retry retry) {}

    /**
     * The Facebook Page (Graph API).
     *
     * @param enabled whether the adapter exists
     * @param baseUrl the Graph API host
     * @param apiVersion the Graph API version put in every path
     * @param pageId the Page id
     * @param lookupLimit how many recent posts are searched for an article before posting it
     * @param usagePause how long to stop calling when a rate limit is reached and Facebook gives no time
     * @param policyBlockPause how long to wait after a temporary block for policy reasons (code 368)
     * @param http HTTP settings
     * @param retry retry settings
     * @param tokenExpiresAt when the Page access token expires, if it does (a token from a short-lived user
     *     token does; one from a long-lived user token does not); the officer is warned before it
     */
    public record Facebook(
            @DefaultValue("true") boolean enabled,

            @NotNull @DefaultValue("https://graph.facebook.com")
            URI baseUrl,

            @NotBlank @DefaultValue("v24.0") String apiVersion,
            @Nullable String pageId,
            @Min(1) @Max(100) @DefaultValue("25") int lookupLimit,
            @NotNull @DefaultValue("60m") Duration usagePause,
            @NotNull @DefaultValue("24h") Duration policyBlockPause,
            @Valid @DefaultValue Http http,
            @Valid @DefaultValue Retry retry,
            @Nullable Instant tokenExpiresAt) {}

    /**
     * The Zalo Official Account (OA Open API, articles).
     *
     * @param enabled whether the adapter exists
     * @param baseUrl the OA Open API host
     * @param oauthUrl the OAuth host that refreshes tokens
     * @param tokenFile where the rotating refresh token and the current access token are kept
     * @param tokenRefreshMargin an access token is refreshed this long before it expires
     * @param verifyInterval the wait between two checks of an article Zalo is still processing
     * @param verifyAttempts how many checks before the call answers "retry later"
     * @param lookupLimit how many recent articles are searched for an article before creating it
     * @param quotaPause how long to wait when the article quota is used up
     * @param http HTTP settings
     * @param retry retry settings
     */
    public record Zalo(
            @DefaultValue("true") boolean enabled,

            @NotNull @DefaultValue("https://openapi.zalo.me")
            URI baseUrl,

            @NotNull @DefaultValue("https://oauth.zaloapp.com")
            URI oauthUrl,

            @NotNull @DefaultValue("data/zalo-tokens.json") Path tokenFile,
            @NotNull @DefaultValue("5m") Duration tokenRefreshMargin,
            @NotNull @DefaultValue("2s") Duration verifyInterval,
            @Min(1) @Max(100) @DefaultValue("15") int verifyAttempts,
            @Min(1) @Max(100) @DefaultValue("20") int lookupLimit,
            @NotNull @DefaultValue("24h") Duration quotaPause,
            @Valid @DefaultValue Http http,
            @Valid @DefaultValue Retry retry) {}
}
