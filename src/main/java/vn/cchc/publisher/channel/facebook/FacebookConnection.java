package vn.cchc.publisher.channel.facebook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.Secret;
import vn.cchc.publisher.channel.http.SecretSource;
import vn.cchc.publisher.channel.http.Statuses;
import vn.cchc.publisher.channel.http.TransientFailure;
import vn.cchc.publisher.shared.Channel;

/**
 * The Page id and Page token: what is missing, the Graph API opened with them (the token is read from
 * the environment at each call), and whether Facebook accepts them. The usage gate lives as long as the
 * adapter, so a rate limit seen by one call holds back the next ones.
 */
final class FacebookConnection {

    private static final Statuses STATUSES = new Statuses(Channel.FACEBOOK, "facebook", "Facebook");

    static final String TOKEN_VARIABLE = "FACEBOOK_PAGE_TOKEN";

    private final ChannelsProperties.Facebook settings;
    private final SecretSource secrets;
    private final ChannelHttp http;
    private final Clock clock;
    private final UsageGate gate;

    FacebookConnection(ChannelsProperties.Facebook settings, SecretSource secrets, ChannelHttp http, Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.http = http;
        this.clock = clock;
        this.gate = new UsageGate(clock, settings.usagePause());
    }

    /** The Graph API with the current token; "needs attention" if the Page id or token is missing. */
    GraphApi open() {
        List<String> missing = missing();
        Secret token = secrets.get(TOKEN_VARIABLE).orElse(null);
        if (!missing.isEmpty() || token == null) {
            throw new FailedCall(new ChannelOutcome.NeedsAttention(
                    "Chưa cấu hình Facebook: thiếu " + String.join(", ", missing) + ".",
                    "Facebook is not configured: " + String.join(", ", missing) + " missing."));
        }
        GraphErrors errors = new GraphErrors(clock, gate, settings.policyBlockPause(), token);
        return new GraphApi(http, settings, token, gate, errors);
    }

    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (settings.pageId() == null || settings.pageId().isBlank()) {
            missing.add("cchc.channels.facebook.page-id");
        }
        if (secrets.get(TOKEN_VARIABLE).isEmpty()) {
            missing.add(TOKEN_VARIABLE);
        }
        return missing;
    }

    /** Checks the configuration, then reads the Page with the token. */
    ChannelStatus status() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            return STATUSES.notConfigured(missing);
        }
        try {
            GraphApi api = open();
            JsonNode page = api.ok(api.get(api.pageId(), Map.of("fields", "id,name")), "read the Page");
            String name = page.path("name").asString(api.pageId());
            return STATUSES.ready("Trang Facebook " + name + " sẵn sàng.", "The Facebook Page " + name + " is ready.");
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
