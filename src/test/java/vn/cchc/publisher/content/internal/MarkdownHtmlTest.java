package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown without raw HTML is rendered with its URLs checked while rendering; with raw HTML it goes
 * through the Jsoup sanitiser. For the same markdown both must give the same HTML.
 */
class MarkdownHtmlTest {

    private static final String FILE = "articles/bai.md";
    private static final String URL = "https://ttyt.example.vn/tin-bai/bai/";
    private static final UnaryOperator<String> MEDIA = path -> "https://ttyt.example.vn/media/" + path;

    static Stream<String> markdownWithoutRawHtml() {
        return Stream.of(
                """
                # Tiêu đề

                Đoạn có **đậm**, *nghiêng*, `mã`, [ngoài](https://dichvucong.gov.vn "Cổng"), [trong](/gioi-thieu/),
                [neo](#muc-1), [thư](mailto:ttyt@example.vn), [gọi](tel:+842563000000) và dòng\\
                ngắt cứng.

                1. một
                2. hai

                - a
                  - b

                > trích *dẫn*

                ---

                | Trái | Giữa | Phải |
                |:---|:---:|---:|
                | 1 | 2 | 3 |

                ```java
                System.out.println("<b>");
                ```

                ![Ảnh](img/a.jpg "Tiêu đề ảnh") ![ngoài](https://cdn.example.org/b.png)
                """,
                "[js](javascript:alert(1)) [JS](JAVASCRIPT:alert(1)) [vb](vbscript:x) [d](data:text/html,x)",
                "[thực thể](&#106;avascript:alert(1)) <javascript:alert(1)> <https://ok.example/a?b=1&c=2>",
                "[giao thức tương đối](//evil.example/x)",
                "![d](data:image/png;base64,AAAA) ![x](/tuyet-doi.png) ![y](../../ngoai.png)",
                "[tiêu đề có dấu nháy](https://ok.example \"a\\\" onmouseover=\\\"x\") & < > \" '");
    }

    @ParameterizedTest
    @MethodSource("markdownWithoutRawHtml")
    void rendersTheSameHtmlAsTheJsoupSanitiser(String markdown) {
        Node document = Markdown.parse(markdown);

        String checked = MarkdownHtml.render(document, markdown.length(), FILE, URL, MEDIA);
        String sanitised = HtmlSanitizer.sanitize(Markdown.HTML.render(document), FILE, URL, MEDIA);

        assertThat(shape(checked)).isEqualTo(shape(sanitised));
    }

    @ParameterizedTest
    @MethodSource("markdownWithoutRawHtml")
    void keepsOnlyAllowedUrls(String markdown) {
        Document html = Jsoup.parseBodyFragment(
                MarkdownHtml.render(Markdown.parse(markdown), markdown.length(), FILE, URL, MEDIA));

        assertThat(html.select("[href]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).matches("(https?://|mailto:|tel:|/|#).*"));
        assertThat(html.select("a[href^=//]").eachAttr("rel"))
                .allSatisfy(rel -> assertThat(rel).isEqualTo("nofollow noopener"));
        assertThat(html.select("[src]").eachAttr("src"))
                .allSatisfy(src -> assertThat(src).startsWith("https://"));
    }

    /** Each element with its attributes (sorted) and own text: what a browser would build. */
    private static List<String> shape(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        return doc.body().getAllElements().stream()
                .skip(1)
                .map(MarkdownHtmlTest::describe)
                .toList();
    }

    private static String describe(Element element) {
        StringBuilder text = new StringBuilder(element.tagName());
        element.attributes().asList().stream()
                .map(a -> a.getKey() + "=" + a.getValue())
                .sorted()
                .forEach(a -> text.append(' ').append(a));
        return text.append(" | ").append(element.ownText().strip()).toString();
    }
}
