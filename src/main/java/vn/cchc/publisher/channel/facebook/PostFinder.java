package vn.cchc.publisher.channel.facebook;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.content.FacebookPost;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * Finds our post among the Page's recent posts ({@code /feed}) and its scheduled ones
 * ({@code /scheduled_posts}, which the feed does not show). Graph has no idempotency key, so this search
 * is what stops a create whose answer was lost from being made twice. A post matches when its message is
 * ours (compared in NFC with whitespace collapsed) or carries our link, in the text or as the link
 * attachment.
 */
final class PostFinder {

    private static final String FIELDS =
            "id,message,permalink_url,created_time,is_published,attachments{unshimmed_url,url}";

    private final GraphApi api;
    private final int limit;

    PostFinder(GraphApi api, int limit) {
        this.api = api;
        this.limit = limit;
    }

    /**
     * A post found on the Page.
     *
     * @param id the post id ({@code {page-id}_{post-id}})
     * @param permalink its public URL; empty if Facebook gave none
     */
    record Found(String id, String permalink) {}

    /** Our post, from the feed or the scheduled posts; empty if neither holds it. */
    Optional<Found> find(FacebookPost post) {
        Optional<Found> published = search("feed", post);
        return published.isPresent() ? published : search("scheduled_posts", post);
    }

    private Optional<Found> search(String edge, FacebookPost post) {
        JsonNode list = api.ok(
                api.get(api.pageId() + "/" + edge, Map.of("fields", FIELDS, "limit", String.valueOf(limit))),
                "list the Page's " + edge);
        for (JsonNode candidate : list.path("data")) {
            if (matches(candidate, post)) {
                String id = candidate.path("id").asString("");
                if (!id.isEmpty()) {
                    return Optional.of(
                            new Found(id, candidate.path("permalink_url").asString("")));
                }
            }
        }
        return Optional.empty();
    }

    static boolean matches(JsonNode candidate, FacebookPost post) {
        String message = candidate.path("message").asString("");
        if (!message.isEmpty()
                && (VietnameseText.normalize(message).equals(VietnameseText.normalize(post.message()))
                        || message.contains(post.link()))) {
            return true;
        }
        for (JsonNode attachment : candidate.path("attachments").path("data")) {
            if (post.link().equals(attachment.path("unshimmed_url").asString(""))
                    || post.link().equals(attachment.path("url").asString(""))) {
                return true;
            }
        }
        return false;
    }
}
