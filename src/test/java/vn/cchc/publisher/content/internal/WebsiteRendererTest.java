package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.content.internal.TestArticles.LINKS;
import static vn.cchc.publisher.content.internal.TestArticles.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Channel;

class WebsiteRendererTest {

    private final WebsiteRenderer renderer = new WebsiteRenderer();

    private static final String BODY = """
            Trung tâm Y tế **tiếp nhận** hồ sơ
            tại bộ phận một cửa.

            ## Quy trình

            1. Nộp hồ sơ
            2. Nhận kết quả

            | Thủ tục | Thời hạn |
            |---|:---:|
            | Cấp giấy phép | 10 ngày |

            ![Quầy một cửa](img/quay.jpg "Quầy")
            ![Bản đồ](https://maps.example.org/a.png)

            > Phục vụ người dân là trên hết.

            Xem [Cổng dịch vụ công](https://dichvucong.gov.vn/p/home), [trang trong](https://ttyt.example.vn/gioi-thieu/)
            và [mục lục](#quy-trinh).
            """;

    @Test
    void rendersMarkdownAsHtmlWithImagesServedByTheChannel() {
        WebsitePage page = renderer.render(
                article("Một cửa", BODY).images("articles/img/quay.jpg").build(), LINKS);
        Document html = Jsoup.parseBodyFragment(page.html());

        assertThat(html.select("h2").text()).isEqualTo("Quy trình");
        assertThat(html.select("ol > li")).hasSize(2);
        assertThat(html.select("table th").eachText()).containsExactly("Thủ tục", "Thời hạn");
        assertThat(html.select("td").eachText()).containsExactly("Cấp giấy phép", "10 ngày");
        assertThat(html.select("strong").text()).isEqualTo("tiếp nhận");
        assertThat(html.select("blockquote").text()).isEqualTo("Phục vụ người dân là trên hết.");
        assertThat(html.select("img").eachAttr("src"))
                .containsExactly(
                        "https://ttyt.example.vn/media/articles/img/quay.jpg", "https://maps.example.org/a.png");
        assertThat(html.select("img").first().attr("alt")).isEqualTo("Quầy một cửa");
        assertThat(page.slug()).isEqualTo("mot-cua");
        assertThat(page.title()).isEqualTo("Một cửa");
        assertThat(page.images()).containsExactly("articles/img/quay.jpg");
    }

    @Test
    void marksOnlyExternalLinksNofollowNoopener() {
        Document html = Jsoup.parseBodyFragment(
                renderer.render(article("A", BODY).build(), LINKS).html());

        assertThat(html.select("a[href^=https://dichvucong]").attr("rel")).isEqualTo("nofollow noopener");
        assertThat(html.select("a[href^=https://ttyt.example.vn]").hasAttr("rel"))
                .isFalse();
        assertThat(html.select("a[href=#quy-trinh]").hasAttr("rel")).isFalse();
    }

    @Test
    void takesTheExcerptFromTheSummaryAsPlainText() {
        WebsitePage page = renderer.render(
                article("A", BODY).summary("Tóm tắt **ngắn** gọn.").build(), LINKS);

        assertThat(page.excerpt()).isEqualTo("Tóm tắt ngắn gọn.");
    }

    @Test
    void takesTheExcerptFromTheFirstParagraphWithoutASummary() {
        WebsitePage page = renderer.render(
                article("A", "![ảnh](https://x.example/a.png)\n\n" + BODY).build(), LINKS);

        assertThat(page.excerpt()).isEqualTo("Trung tâm Y tế tiếp nhận hồ sơ tại bộ phận một cửa.");
    }

    @Test
    void hasNoExcerptWhenThereIsNoText() {
        assertThat(renderer.render(article("A", "## Chỉ tiêu đề\n").build(), LINKS)
                        .excerpt())
                .isNull();
    }

    @Test
    void rendersForTheWebsiteChannel() {
        assertThat(renderer.channel()).isEqualTo(Channel.WEBSITE);
    }
}
