package vn.cchc.publisher.channel.http;

import java.util.Optional;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP answer, read whole.
 *
 * @param status the status code
 * @param headers the response headers
 * @param body the body as text (UTF-8); empty if there was none
 */
public record HttpReply(int status, HttpHeaders headers, String body) {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** True for a 2xx status. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** True for a 5xx status. */
    public boolean isServerError() {
        return status >= 500;
    }

    /** The body parsed as JSON; empty if it is empty or not JSON (a proxy's HTML page, a cut answer). */
    public Optional<JsonNode> json() {
        if (body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(body));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** The first value of a header; empty if absent. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }
}
