package vn.cchc.publisher.channel.zalo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.HttpReply;
import vn.cchc.publisher.channel.http.Secret;
import vn.cchc.publisher.channel.http.TransientFailure;

/**
 * The OA token refresh: {@code POST /v4/oa/access_token} on the OAuth host with the app secret in the
 * {@code secret_key} header and {@code refresh_token}, {@code app_id}, {@code grant_type=refresh_token}
 * as form fields. A success kills the refresh token sent and returns a new one.
 */
final class ZaloOAuth {

    /** Used when {@code expires_in} is missing or unreadable: short, so the token is refreshed early. */
    private static final Duration UNKNOWN_LIFETIME = Duration.ofHours(1);

    private final ChannelHttp http;
    private final URI oauthUrl;

    ZaloOAuth(ChannelHttp http, URI oauthUrl) {
        this.http = http;
        this.oauthUrl = oauthUrl;
    }

    /**
     * New tokens.
     *
     * @param accessToken the access token
     * @param refreshToken the refresh token to use next time
     * @param lifetime how long the access token lasts
     */
    record Refreshed(Secret accessToken, Secret refreshToken, Duration lifetime) {}

    /**
     * Exchanges the refresh token for new tokens.
     *
     * @throws TransientFailure when Zalo did not answer (the refresh token may or may not be spent)
     * @throws vn.cchc.publisher.channel.http.FailedCall "needs attention" when Zalo refused it
     */
    Refreshed refresh(Secret refreshToken, Secret appId, Secret secretKey) {
        URI uri = UriComponentsBuilder.fromUri(oauthUrl)
                .path("/v4/oa/access_token")
                .build()
                .toUri();
        String form = "refresh_token=" + encode(refreshToken.reveal()) + "&app_id=" + encode(appId.reveal())
                + "&grant_type=refresh_token";
        HttpReply reply = http.send(
                HttpMethod.POST,
                uri,
                headers -> {
                    headers.set("secret_key", secretKey.reveal());
                    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
                },
                form.getBytes(StandardCharsets.UTF_8));
        if (reply.isServerError() || reply.status() == 429 || reply.status() == 408) {
            throw new TransientFailure(
                    "Máy chủ cấp mã truy cập của Zalo tạm thời lỗi (HTTP " + reply.status() + ")",
                    "Zalo's OAuth server failed for now (HTTP " + reply.status() + ")");
        }
        JsonNode json = reply.json()
                .orElseThrow(() -> new TransientFailure(
                        "Máy chủ cấp mã truy cập của Zalo trả lời không đọc được",
                        "Zalo's OAuth server gave an unreadable answer"));
        String access = json.path("access_token").asString("");
        if (!reply.isSuccess() || access.isEmpty()) {
            String reason = json.path("error_description")
                    .asString(json.path("message")
                            .asString(json.path("error_name").asString("")));
            String detail = "(" + json.path("error").asString("HTTP " + reply.status()) + ": "
                    + secretKey.redact(refreshToken.redact(reason)) + ")";
            throw ZaloErrors.attention(
                    "Zalo không làm mới được mã truy cập " + detail + ". Quản trị viên OA cần cấp quyền lại cho "
                            + "ứng dụng và đặt refresh token mới vào biến môi trường "
                            + ZaloConnection.REFRESH_TOKEN_VARIABLE + ".",
                    "Zalo did not refresh the access token " + detail + ". An OA admin must authorise the app "
                            + "again and set the new refresh token in " + ZaloConnection.REFRESH_TOKEN_VARIABLE
                            + ".");
        }
        String rotated = json.path("refresh_token").asString("");
        return new Refreshed(Secret.of(access), rotated.isEmpty() ? refreshToken : Secret.of(rotated), lifetime(json));
    }

    /** {@code expires_in} is a string of seconds ("90000"); a number is accepted too. */
    static Duration lifetime(JsonNode json) {
        String value = json.path("expires_in").asString("").strip();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        return UNKNOWN_LIFETIME;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
