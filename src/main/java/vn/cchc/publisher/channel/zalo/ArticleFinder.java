package vn.cchc.publisher.channel.zalo;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * Finds an article among the OA's latest ones ({@code getslice}) by its title, compared in NFC with
 * whitespace collapsed. Zalo has no idempotency key, so this search is what stops a create whose answer
 * was lost from making a second article.
 */
final class ArticleFinder {

    private final ZaloApi api;
    private final int limit;

    ArticleFinder(ZaloApi api, int limit) {
        this.api = api;
        this.limit = limit;
    }

    /**
     * An article of the OA.
     *
     * @param id the article id
     * @param link its public URL ({@code link_view}); empty if Zalo gave none
     */
    record Found(String id, String link) {}

    Optional<Found> byTitle(String title) {
        String wanted = VietnameseText.normalize(title);
        for (JsonNode media : list()) {
            if (VietnameseText.normalize(media.path("title").asString("")).equals(wanted)) {
                return found(media);
            }
        }
        return Optional.empty();
    }

    Optional<Found> byId(String id) {
        for (JsonNode media : list()) {
            if (id.equals(media.path("id").asString(""))) {
                return found(media);
            }
        }
        return Optional.empty();
    }

    private JsonNode list() {
        Map<String, String> query = Map.of("offset", "0", "limit", String.valueOf(limit), "type", "normal");
        JsonNode data = api.ok(api.get("/v2.0/article/getslice", query, "list articles"), "list articles");
        return data.path("medias");
    }

    private static Optional<Found> found(JsonNode media) {
        String id = media.path("id").asString("");
        return id.isEmpty()
                ? Optional.empty()
                : Optional.of(new Found(id, media.path("link_view").asString("")));
    }
}
