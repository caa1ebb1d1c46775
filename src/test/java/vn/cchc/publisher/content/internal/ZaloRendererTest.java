package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.content.internal.TestArticles.LINKS;
import static vn.cchc.publisher.content.internal.TestArticles.article;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.ZaloArticle;
import vn.cchc.publisher.content.ZaloArticle.Block;

class ZaloRendererTest {

    private final ZaloRenderer renderer =
            new ZaloRenderer(new ContentProperties(Path.of("content"), "Trung tâm Y tế huyện Phù Cát", List.of()));

    private static final String BODY = """
            Đoạn mở đầu có **chữ đậm** và [liên kết](https://x.example).

            ## Các bước

            - Chuẩn bị hồ sơ
            - Nộp tại ![quầy số 1](img/quay.jpg) quầy một cửa
              1. Lấy số
              2. Chờ gọi

            | Thủ tục | Thời hạn |
            |---|---|
            | Cấp phép | 10 ngày |

            > Trích dẫn

            ![](https://cdn.example.org/anh.png)
            """;

    @Test
    void turnsTheBodyIntoTextAndImageBlocks() {
        ZaloArticle zalo = renderer.render(article("Hướng dẫn", BODY).build(), LINKS);

        assertThat(zalo.body())
                .containsExactly(
                        Block.text("Đoạn mở đầu có chữ đậm và liên kết."),
                        Block.text("Các bước"),
                        Block.text("• Chuẩn bị hồ sơ"),
                        Block.text("• Nộp tại"),
                        Block.image("https://ttyt.example.vn/media/articles/img/quay.jpg", "quầy số 1"),
                        Block.text("quầy một cửa"),
                        Block.text("   1. Lấy số"),
                        Block.text("   2. Chờ gọi"),
                        Block.text("Thủ tục | Thời hạn"),
                        Block.text("Cấp phép | 10 ngày"),
                        Block.text("Trích dẫn"),
                        Block.image("https://cdn.example.org/anh.png", null));
    }

    @Test
    void serialisesToTheZaloCreateBody() throws Exception {
        ZaloArticle zalo = renderer.render(
                article("Hướng dẫn", "Nội dung.\n\n![Ảnh](img/a.jpg)\n")
                        .summary("Mô tả ngắn.")
                        .cover("articles/img/bia.jpg")
                        .build(),
                LINKS);

        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(JsonMapper.builder().build().writeValueAsString(zalo));

        assertThat(json.propertyNames())
                .containsExactlyInAnyOrder(
                        "type", "title", "author", "cover", "description", "body", "status", "comment");
        assertThat(json.get("type").asString()).isEqualTo("normal");
        assertThat(json.get("title").asString()).isEqualTo("Hướng dẫn");
        assertThat(json.get("author").asString()).isEqualTo("Trung tâm Y tế huyện Phù Cát");
        assertThat(json.get("description").asString()).isEqualTo("Mô tả ngắn.");
        assertThat(json.get("status").asString()).isEqualTo("show");
        assertThat(json.get("comment").asString()).isEqualTo("show");
        JsonNode cover = json.get("cover");
        assertThat(cover.propertyNames()).containsExactlyInAnyOrder("cover_type", "photo_url", "status");
        assertThat(cover.get("cover_type").asString()).isEqualTo("photo");
        assertThat(cover.get("photo_url").asString()).isEqualTo("https://ttyt.example.vn/media/articles/img/bia.jpg");
        assertThat(cover.get("status").asString()).isEqualTo("show");
        JsonNode text = json.get("body").get(0);
        assertThat(text.propertyNames()).containsExactlyInAnyOrder("type", "content");
        assertThat(text.get("type").asString()).isEqualTo("text");
        JsonNode image = json.get("body").get(1);
        assertThat(image.propertyNames()).containsExactlyInAnyOrder("type", "url", "caption");
        assertThat(image.get("type").asString()).isEqualTo("image");
        assertThat(image.get("url").asString()).isEqualTo("https://ttyt.example.vn/media/articles/img/a.jpg");
        assertThat(image.get("caption").asString()).isEqualTo("Ảnh");
    }

    @Test
    void usesTheFirstBodyImageAsCoverWithoutACoverImage() {
        ZaloArticle zalo = renderer.render(
                article("A", "Chữ\n\n![a](img/a.jpg)\n![b](img/b.jpg)").build(), LINKS);

        assertThat(zalo.cover())
                .isEqualTo(new ZaloArticle.Cover("photo", "https://ttyt.example.vn/media/articles/img/a.jpg", "show"));
    }

    @Test
    void hidesTheCoverWhenThereIsNoImage() throws Exception {
        ZaloArticle zalo = renderer.render(article("A", "Chỉ có chữ.").build(), LINKS);

        assertThat(zalo.cover()).isEqualTo(new ZaloArticle.Cover("photo", null, "hide"));
        assertThat(JsonMapper.builder().build().writeValueAsString(zalo.cover()))
                .isEqualTo("{\"cover_type\":\"photo\",\"status\":\"hide\"}");
    }

    @Test
    void takesTheDescriptionFromTheFirstParagraphElseTheTitle() {
        assertThat(renderer.render(
                                article("A", "## Đề\n\nĐoạn *một*.\n\nĐoạn hai.")
                                        .build(),
                                LINKS)
                        .description())
                .isEqualTo("Đoạn một.");
        assertThat(renderer.render(article("Chỉ tiêu đề", "## Đề").build(), LINKS)
                        .description())
                .isEqualTo("Chỉ tiêu đề");
    }

    @Test
    void cutsTitleDescriptionAndAuthorToZaloLimitsOnWordBoundaries() {
        String title = Normalizer.normalize("Tuyên truyền cải cách hành chính ".repeat(8), Normalizer.Form.NFD);
        String summary = "Người dân và doanh nghiệp được phục vụ tốt hơn. ".repeat(10);
        ZaloRenderer longAuthor = new ZaloRenderer(new ContentProperties(
                Path.of("content"), "Trung tâm Y tế huyện Phù Cát, tỉnh Bình Định, Sở Y tế tỉnh Bình Định", List.of()));

        ZaloArticle zalo =
                longAuthor.render(article(title, "Chữ").summary(summary).build(), LINKS);

        assertThat(TextLimits.length(zalo.title())).isLessThanOrEqualTo(ZaloArticle.MAX_TITLE);
        assertThat(zalo.title())
                .isEqualTo("Tuyên truyền cải cách hành chính ".repeat(4) + "Tuyên truyền cải…")
                .isEqualTo(Normalizer.normalize(zalo.title(), Normalizer.Form.NFC));
        assertThat(TextLimits.length(zalo.description())).isLessThanOrEqualTo(ZaloArticle.MAX_DESCRIPTION);
        assertThat(zalo.description()).startsWith("Người dân").endsWith("…");
        assertThat(summary)
                .contains(zalo.description().substring(0, zalo.description().length() - 1) + " ");
        assertThat(TextLimits.length(zalo.author())).isLessThanOrEqualTo(ZaloArticle.MAX_AUTHOR);
        assertThat(zalo.author()).isEqualTo("Trung tâm Y tế huyện Phù Cát, tỉnh Bình Định, Sở…");
    }
}
