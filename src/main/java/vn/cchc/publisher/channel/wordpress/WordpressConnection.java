package vn.cchc.publisher.channel.wordpress;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * The site's address, user and application password: what is missing, the API opened with them (the
 * password is read from the environment at each call), and whether WordPress accepts them.
 */
final class WordpressConnection {

    private static final Statuses STATUSES = new Statuses(Channel.WEBSITE, "wordpress", "WordPress");

    static final String PASSWORD_VARIABLE = "WORDPRESS_APP_PASSWORD";

    private final ChannelsProperties.Wordpress settings;
    private final SecretSource secrets;
    private final ChannelHttp http;
    private final Clock clock;

    WordpressConnection(ChannelsProperties.Wordpress settings, SecretSource secrets, ChannelHttp http, Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.http = http;
        this.clock = clock;
    }

    /** The API with the current credentials; "needs attention" if any is missing. */
    WordpressApi open() {
        List<String> missing = missing();
        URI baseUrl = settings.baseUrl();
        String user = settings.user();
        Secret password = secrets.get(PASSWORD_VARIABLE).orElse(null);
        if (!missing.isEmpty() || baseUrl == null || user == null || password == null) {
            throw new FailedCall(new ChannelOutcome.NeedsAttention(
                    "Chưa cấu hình WordPress: thiếu " + String.join(", ", missing) + ".",
                    "WordPress is not configured: " + String.join(", ", missing) + " missing."));
        }
        return new WordpressApi(http, baseUrl, user, password, new WordpressErrors(clock, password));
    }

    /** The names of what is missing to publish: configuration keys and environment variables. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (settings.baseUrl() == null) {
            missing.add("cchc.channels.wordpress.base-url");
        }
        if (settings.user() == null || settings.user().isBlank()) {
            missing.add("cchc.channels.wordpress.user");
        }
        if (secrets.get(PASSWORD_VARIABLE).isEmpty()) {
            missing.add(PASSWORD_VARIABLE);
        }
        return missing;
    }

    /** Checks the configuration, then asks WordPress who the user is and whether it may publish. */
    ChannelStatus status() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            return STATUSES.notConfigured(missing);
        }
        try {
            JsonNode me = open().me();
            if (!me.path("capabilities").path("publish_posts").asBoolean(true)) {
                return STATUSES.rejected(
                        "Tài khoản WordPress " + settings.user() + " không có quyền đăng bài.",
                        "The WordPress account " + settings.user() + " may not publish posts.");
            }
            return STATUSES.ready(
                    "WordPress sẵn sàng (" + settings.baseUrl() + ").",
                    "WordPress is ready (" + settings.baseUrl() + ").");
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
