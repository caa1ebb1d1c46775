package vn.cchc.publisher.channel.zalo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.SecretSource;
import vn.cchc.publisher.channel.http.Statuses;
import vn.cchc.publisher.channel.http.TransientFailure;
import vn.cchc.publisher.shared.Channel;

/**
 * The app id, app secret and tokens of the OA: what is missing, the API opened with them, and whether
 * Zalo accepts them.
 */
final class ZaloConnection {

    private static final Statuses STATUSES = new Statuses(Channel.ZALO, "zalo", "Zalo");

    static final String APP_ID_VARIABLE = "ZALO_APP_ID";
    static final String SECRET_KEY_VARIABLE = "ZALO_SECRET_KEY";
    static final String REFRESH_TOKEN_VARIABLE = "ZALO_REFRESH_TOKEN";

    private final ChannelsProperties.Zalo settings;
    private final SecretSource secrets;
    private final ChannelHttp http;
    private final ZaloTokens tokens;
    private final ZaloErrors errors;

    ZaloConnection(
            ChannelsProperties.Zalo settings,
            SecretSource secrets,
            ChannelHttp http,
            ZaloTokens tokens,
            ZaloErrors errors) {
        this.settings = settings;
        this.secrets = secrets;
        this.http = http;
        this.tokens = tokens;
        this.errors = errors;
    }

    /** The API; "needs attention" when a variable is missing. */
    ZaloApi open() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new FailedCall(new ChannelOutcome.NeedsAttention(
                    "Chưa cấu hình Zalo: thiếu " + String.join(", ", missing) + ".",
                    "Zalo is not configured: " + String.join(", ", missing) + " missing."));
        }
        return new ZaloApi(http, settings, tokens, errors);
    }

    /** The missing variables; the refresh token only counts as missing when none is stored either. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (secrets.get(APP_ID_VARIABLE).isEmpty()) {
            missing.add(APP_ID_VARIABLE);
        }
        if (secrets.get(SECRET_KEY_VARIABLE).isEmpty()) {
            missing.add(SECRET_KEY_VARIABLE);
        }
        if (!tokens.hasRefreshToken()) {
            missing.add(REFRESH_TOKEN_VARIABLE);
        }
        return missing;
    }

    /** Checks the configuration, then lists one article with a valid access token. */
    ChannelStatus status() {
        List<String> missing;
        try {
            missing = missing();
        } catch (FailedCall failed) {
            return STATUSES.rejected(
                    failed.failure().reasonVi(), failed.failure().reasonEn());
        }
        if (!missing.isEmpty()) {
            return STATUSES.notConfigured(missing);
        }
        try {
            ZaloApi api = open();
            Map<String, String> query = Map.of("offset", "0", "limit", "1", "type", "normal");
            api.ok(api.get("/v2.0/article/getslice", query, "list articles"), "list articles");
            return STATUSES.ready("Zalo OA sẵn sàng.", "The Zalo OA is ready.");
        } catch (FailedCall failed) {
            return STATUSES.failed(failed);
        } catch (TransientFailure failure) {
            return STATUSES.unreachable(failure);
        }
    }

    void close() {
        http.close();
    }
}
