package vn.cchc.publisher.channel;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.Links;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

/** Articles for adapter tests. */
public final class TestArticles {

    public static final String TITLE = "Đẩy mạnh cải cách thủ tục hành chính tại Trung tâm Y tế";
    public static final String SLUG = "day-manh-cai-cach-thu-tuc-hanh-chinh-tai-trung-tam-y-te";
    public static final String COVER = "articles/img/anh-bia.jpg";
    public static final String FIGURE = "articles/img/quy-trinh.png";
    public static final Instant DATE = Instant.parse("2026-03-02T01:30:00Z");

    /** Links whose media URLs are placeholders, as the publishing side renders them for WordPress. */
    public static final Links LINKS = new Links(
            "https://ttyt.example.vn/tin-bai/" + SLUG + "/", path -> "https://placeholder.invalid/media/" + path);

    private TestArticles() {}

    /** The article with a cover and one figure in its body. */
    public static Article article() {
        return new Article(
                "articles/" + SLUG + ".md",
                SLUG,
                TITLE,
                Area.THU_TUC_HANH_CHINH,
                null,
                Set.of(Channel.values()),
                null,
                "Trung tâm Y tế rút ngắn thời gian giải quyết hồ sơ.",
                COVER,
                List.of("cchc"),
                ArticleStatus.READY,
                "Nội dung",
                5,
                "0".repeat(64),
                List.of(COVER, FIGURE));
    }

    public static <R> PublishRequest<R> request(R rendition, Path contentDir) {
        return new PublishRequest<>(article(), rendition, LINKS, contentDir, DATE);
    }
}
