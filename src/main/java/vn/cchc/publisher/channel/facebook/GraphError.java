package vn.cchc.publisher.channel.facebook;

import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.channel.http.HttpReply;

/**
 * A Graph API error: {@code {"error":{"message","type","code","error_subcode","error_user_msg",
 * "fbtrace_id"}}}.
 *
 * @param status the HTTP status it came with
 * @param code the error code; 0 when the body held no Graph error
 * @param subcode the subcode; 0 if none
 * @param message Facebook's message (English), or the HTTP status when there was none
 */
record GraphError(int status, int code, int subcode, String message) {

    /** Reads the error of a failed answer. */
    static GraphError of(HttpReply reply) {
        JsonNode error = reply.json().map(json -> json.path("error")).orElse(null);
        if (error == null || !error.isObject()) {
            return new GraphError(reply.status(), 0, 0, "HTTP " + reply.status());
        }
        String message = error.path("message").asString("");
        String userMessage = error.path("error_user_msg").asString("");
        return new GraphError(
                reply.status(),
                error.path("code").asInt(0),
                error.path("error_subcode").asInt(0),
                userMessage.isEmpty() ? message : message + " " + userMessage);
    }

    /** True for the given error code. */
    boolean is(int errorCode) {
        return code == errorCode;
    }

    /** "(#190/463) message", for reasons. */
    String describe() {
        String codes = code == 0 ? "HTTP " + status : "#" + code + (subcode == 0 ? "" : "/" + subcode);
        // Facebook often starts its message with "(#code)" and ends it with a full stop
        String text = message.replaceFirst("^\\(#" + code + "\\)\\s*", "").replaceFirst("[.\\s]+$", "");
        if (text.length() > 300) {
            text = text.substring(0, 300) + "…";
        }
        return "(" + codes + ") " + text;
    }
}
