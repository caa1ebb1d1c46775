package vn.cchc.publisher.channel.zalo;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.HttpReply;
import vn.cchc.publisher.channel.http.Json;
import vn.cchc.publisher.channel.http.Secret;

/**
 * OA Open API requests with the access token in the {@code access_token} header. When Zalo refuses the
 * token (-216, -220), it is refreshed once and the request sent again: the refusal means nothing was
 * done. Nothing else here retries.
 */
final class ZaloApi {

    private static final Logger log = LoggerFactory.getLogger(ZaloApi.class);

    private final ChannelHttp http;
    private final ChannelsProperties.Zalo settings;
    private final ZaloTokens tokens;
    private final ZaloErrors errors;

    ZaloApi(ChannelHttp http, ChannelsProperties.Zalo settings, ZaloTokens tokens, ZaloErrors errors) {
        this.http = http;
        this.settings = settings;
        this.tokens = tokens;
        this.errors = errors;
    }

    /**
     * An answer Zalo gave with HTTP 2xx.
     *
     * @param error the {@code error} field, 0 on success
     * @param message the {@code message} field
     * @param json the whole body
     */
    record ZaloReply(int error, String message, JsonNode json) {

        JsonNode data() {
            return json.path("data");
        }
    }

    ZaloReply get(String path, Map<String, String> query, String whatEn) {
        UriComponentsBuilder uri = uri(path);
        query.forEach(uri::queryParam);
        return call(HttpMethod.GET, uri.build().encode().toUri(), null, whatEn);
    }

    ZaloReply post(String path, ObjectNode body, String whatEn) {
        return call(HttpMethod.POST, uri(path).build().toUri(), body, whatEn);
    }

    /** The data of a successful answer; otherwise throws what the error means. */
    JsonNode ok(ZaloReply reply, String whatEn) {
        if (reply.error() != 0) {
            throw errors.raise(reply.error(), reply.message(), whatEn);
        }
        return reply.data();
    }

    ZaloErrors errors() {
        return errors;
    }

    private ZaloReply call(HttpMethod method, URI uri, @Nullable ObjectNode body, String whatEn) {
        Secret token = tokens.accessToken();
        ZaloReply reply = exchange(method, uri, body, token, whatEn);
        if (reply.error() == -216 || reply.error() == -220) {
            log.info("Zalo refused the access token ({}); refreshing it once", reply.error());
            reply = exchange(method, uri, body, tokens.renew(token), whatEn);
        }
        return reply;
    }

    private ZaloReply exchange(HttpMethod method, URI uri, @Nullable ObjectNode body, Secret token, String whatEn) {
        HttpReply reply = http.send(
                method,
                uri,
                headers -> {
                    headers.set("access_token", token.reveal());
                    if (body != null) {
                        headers.setContentType(MediaType.APPLICATION_JSON);
                    }
                },
                body == null ? null : Json.bytes(body));
        if (!reply.isSuccess()) {
            throw errors.http(reply, whatEn);
        }
        JsonNode json = reply.json().filter(JsonNode::isObject).orElseThrow(() -> errors.unreadable(whatEn));
        return new ZaloReply(
                json.path("error").asInt(0),
                tokens.redact(token.redact(json.path("message").asString(""))),
                json);
    }

    private UriComponentsBuilder uri(String path) {
        return UriComponentsBuilder.fromUri(settings.baseUrl()).path(path);
    }
}
