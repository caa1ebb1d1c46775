package vn.cchc.publisher.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Zalo OA version of an article: the body of {@code POST /v2.0/article/create} (type normal).
 * Serialised with Jackson it gives the JSON of the Zalo contract.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ZaloArticle(
        String type,
        String title,
        String author,
        Cover cover,
        String description,
        List<Block> body,
        String status,
        String comment) {

    /** Title at most this many characters. */
    public static final int MAX_TITLE = 150;
    /** Author at most this many characters. */
    public static final int MAX_AUTHOR = 50;
    /** Description at most this many characters. */
    public static final int MAX_DESCRIPTION = 300;

    public ZaloArticle {
        body = List.copyOf(body);
    }

    /** The cover photo. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cover(
            @JsonProperty("cover_type") String coverType,
            @JsonProperty("photo_url") @Nullable String photoUrl,
            String status) {}

    /** A body block: {@code text} with content, or {@code image} with url and caption. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Block(
            String type,
            @Nullable String content,
            @Nullable String url,
            @Nullable String caption) {

        public static Block text(String content) {
            return new Block("text", content, null, null);
        }

        public static Block image(String url, @Nullable String caption) {
            return new Block("image", null, url, caption);
        }
    }
}
