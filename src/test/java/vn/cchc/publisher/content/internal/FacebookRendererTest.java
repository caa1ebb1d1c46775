package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.content.internal.TestArticles.LINKS;
import static vn.cchc.publisher.content.internal.TestArticles.article;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.FacebookPost;
import vn.cchc.publisher.shared.Area;

class FacebookRendererTest {

    private final FacebookRenderer renderer = new FacebookRenderer(
            new ContentProperties(Path.of("content"), "TTYT", List.of("CaiCachHanhChinh", "TTYT Phù Cát")));

    private static final String BODY = """
            ## Thông báo

            Từ ngày **01/3/2026**, người dân có thể nộp hồ sơ qua
            [Cổng dịch vụ công](https://dichvucong.gov.vn) mà *không cần* đến trực tiếp.

            - Bước 1: đăng nhập
            """;

    @Test
    void writesTitleTextLinkAndHashtagsAsPlainText() {
        FacebookPost post = renderer.render(
                article("Nộp hồ sơ trực tuyến", BODY)
                        .area(Area.THU_TUC_HANH_CHINH)
                        .tags("dịch vụ công", "chuyển đổi số", "#CaiCachHanhChinh")
                        .build(),
                LINKS);

        assertThat(post.message()).isEqualTo("""
                        Nộp hồ sơ trực tuyến

                        Từ ngày 01/3/2026, người dân có thể nộp hồ sơ qua Cổng dịch vụ công mà không cần đến trực tiếp.

                        https://ttyt.example.vn/tin-bai/bai-mau/

                        #CaiCachThuTucHanhChinh #DichVuCong #ChuyenDoiSo #CaiCachHanhChinh #TTYTPhuCat""");
        assertThat(post.message()).doesNotContain("**", "](", "##", "- Bước");
        assertThat(post.link()).isEqualTo(LINKS.articleUrl());
        assertThat(post.coverUrl()).isNull();
    }

    @Test
    void prefersTheSummaryAndGivesTheCoverUrl() {
        FacebookPost post = renderer.render(
                article("Tin", BODY)
                        .summary("Tóm tắt _ngắn_.")
                        .cover("articles/img/bia.jpg")
                        .build(),
                LINKS);

        assertThat(post.message()).startsWith("Tin\n\nTóm tắt ngắn.\n\nhttps://");
        assertThat(post.coverUrl()).isEqualTo("https://ttyt.example.vn/media/articles/img/bia.jpg");
    }

    @Test
    void cutsAnOverlongSummaryOnAWordBoundaryKeepingLinkAndHashtags() {
        String summary = "Người dân được phục vụ tốt hơn. ".repeat(3_000);

        String message = renderer.render(
                        article("Tin dài", BODY).summary(summary).build(), LINKS)
                .message();

        assertThat(TextLimits.length(message)).isLessThanOrEqualTo(FacebookRenderer.MAX_MESSAGE);
        assertThat(message).endsWith("\n\n" + LINKS.articleUrl() + "\n\n#CaiCachHanhChinh #TTYTPhuCat");
        String text = message.substring(0, message.indexOf("\n\nhttps://"));
        assertThat(text).endsWith("…");
        String kept = text.substring(0, text.length() - 1);
        String full = "Tin dài\n\n" + summary;
        assertThat(full).startsWith(kept);
        assertThat(Character.isWhitespace(full.charAt(kept.length())))
                .as("cut on a word boundary")
                .isTrue();
    }
}
