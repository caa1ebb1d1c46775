package vn.cchc.publisher.channel.wordpress;

import tools.jackson.databind.JsonNode;

/**
 * A post as the REST API returns it (the fields the adapter uses).
 *
 * @param id the post id
 * @param slug the slug
 * @param status publish, future, draft, pending, private or trash
 * @param link the permalink
 * @param title the title (raw in the edit context, else rendered)
 */
record WordpressPost(long id, String slug, String status, String link, String title) {

    /** True when the public can see it (or will, for a scheduled post). */
    boolean isLive() {
        return status.equals("publish") || status.equals("future");
    }

    boolean isTrashed() {
        return status.equals("trash");
    }

    /** Reads a post object; null if it has no id. */
    static WordpressPost from(JsonNode json) {
        long id = json.path("id").asLong(0);
        if (id <= 0) {
            throw new IllegalArgumentException("a WordPress post without an id");
        }
        JsonNode title = json.path("title");
        String text = title.path("raw").asString(title.path("rendered").asString(""));
        return new WordpressPost(
                id,
                json.path("slug").asString(""),
                json.path("status").asString(""),
                json.path("link").asString(""),
                text);
    }
}
