package vn.cchc.publisher.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlMediaRewriterTest {

    static final String PLACEHOLDER = "https://placeholder.invalid/media/articles/img/a b.png?v=1&x=2";
    static final String UPLOADED = "https://site.example/wp-content/uploads/2026/03/a.png";

    @Test
    void pointsImagesAndTheirLinksAtTheUploadedFiles() {
        String html = "<p><a href=\"https://placeholder.invalid/media/articles/img/a b.png?v=1&amp;x=2\">"
                + "<img src=\"https://placeholder.invalid/media/articles/img/a b.png?v=1&amp;x=2\" alt=\"Sơ đồ\"></a></p>";

        String rewritten = HtmlMediaRewriter.rewrite(html, Map.of(PLACEHOLDER, UPLOADED));

        assertThat(rewritten)
                .isEqualTo("<p><a href=\"" + UPLOADED + "\"><img src=\"" + UPLOADED + "\" alt=\"Sơ đồ\"></a></p>");
    }

    @Test
    void leavesOtherImagesAndTheTextAlone() {
        String html = "<h2>Thủ tục</h2>\n<p><img src=\"https://other.example/x.png\" alt=\"\"> Hồ sơ &amp; lệ phí</p>";

        assertThat(HtmlMediaRewriter.rewrite(html, Map.of(PLACEHOLDER, UPLOADED)))
                .isEqualTo(html);
    }
}
