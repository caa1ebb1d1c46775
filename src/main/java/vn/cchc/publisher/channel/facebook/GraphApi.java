package vn.cchc.publisher.channel.facebook;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.HttpReply;
import vn.cchc.publisher.channel.http.Secret;

/**
 * Graph API requests for one Page. The Page token goes in the {@code Authorization: Bearer} header, the
 * header form of the {@code access_token} parameter, which keeps it out of URLs (they appear in logs and
 * exception messages) and out of form bodies. Every call first checks the {@link UsageGate} and feeds it
 * the answer's usage headers; nothing here retries.
 */
final class GraphApi {

    private final ChannelHttp http;
    private final ChannelsProperties.Facebook settings;
    private final Secret token;
    private final UsageGate gate;
    private final GraphErrors errors;

    GraphApi(ChannelHttp http, ChannelsProperties.Facebook settings, Secret token, UsageGate gate, GraphErrors errors) {
        this.http = http;
        this.settings = settings;
        this.token = token;
        this.gate = gate;
        this.errors = errors;
    }

    /**
     * An answer: its JSON when it succeeded, else the Graph error.
     *
     * @param reply the HTTP answer
     * @param error the error; empty on success
     */
    record GraphReply(HttpReply reply, Optional<GraphError> error) {

        /** True when the call failed with this Graph error code. */
        boolean failedWith(int code) {
            return error.map(e -> e.is(code)).orElse(false);
        }
    }

    String pageId() {
        return settings.pageId() == null ? "" : settings.pageId();
    }

    GraphReply get(String path, Map<String, String> query) {
        UriComponentsBuilder uri = uri(path);
        query.forEach(uri::queryParam);
        return exchange(HttpMethod.GET, uri.build().encode().toUri(), null);
    }

    GraphReply post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return exchange(HttpMethod.POST, uri(path).build().encode().toUri(), body);
    }

    GraphReply delete(String path) {
        return exchange(HttpMethod.DELETE, uri(path).build().encode().toUri(), null);
    }

    /** The JSON of a successful answer; otherwise throws what the error means. */
    JsonNode ok(GraphReply reply, String whatEn) {
        if (reply.error().isPresent()) {
            throw errors.raise(reply.reply(), reply.error().get());
        }
        return reply.reply().json().orElseThrow(() -> errors.unreadable(whatEn));
    }

    private GraphReply exchange(HttpMethod method, URI uri, @Nullable String form) {
        gate.check();
        byte @Nullable [] body = form == null ? null : form.getBytes(StandardCharsets.UTF_8);
        HttpReply reply = http.send(
                method,
                uri,
                headers -> {
                    headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.reveal());
                    if (body != null) {
                        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
                    }
                },
                body);
        gate.observe(reply);
        boolean graphError = reply.json().map(json -> json.has("error")).orElse(false);
        if (reply.isSuccess() && !graphError) {
            return new GraphReply(reply, Optional.empty());
        }
        return new GraphReply(reply, Optional.of(GraphError.of(reply)));
    }

    private UriComponentsBuilder uri(String path) {
        return UriComponentsBuilder.fromUri(settings.baseUrl())
                .path("/" + settings.apiVersion() + "/")
                .path(path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
