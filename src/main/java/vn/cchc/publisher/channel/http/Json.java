package vn.cchc.publisher.channel.http;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON the adapters send: built as trees, or from records such as {@code ZaloArticle}. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private Json() {}

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code value} as a JSON object tree (a record with Jackson annotations, say). */
    public static ObjectNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** The UTF-8 bytes of a JSON tree. */
    public static byte[] bytes(ObjectNode json) {
        return MAPPER.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
    }
}
