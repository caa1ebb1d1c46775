package vn.cchc.publisher.content.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * The website HTML of a markdown body.
 *
 * <p>When the body contains raw HTML, the rendered HTML goes through {@link HtmlSanitizer} (Jsoup and its
 * safelist), and so does a body with an image that cannot be shown (the sanitiser drops it). Without raw
 * HTML, commonmark itself only writes elements and attributes the safelist allows and escapes all text, so
 * the only thing left to check is URLs: they are checked here, while rendering, against the same rules
 * ({@link LinkPolicy}), which spares parsing every article's HTML again. Both ways give the same HTML for
 * the same markdown; a test compares them.
 */
final class MarkdownHtml {

    private MarkdownHtml() {}

    /**
     * The HTML of {@code document}, parsed from {@code articleFile}; {@code sizeHint} is the length of its
     * markdown.
     */
    static String render(
            Node document, int sizeHint, String articleFile, String articleUrl, UnaryOperator<String> mediaUrl) {
        RawHtmlDetector rawHtml = new RawHtmlDetector();
        UrlChecks checks = new UrlChecks(articleFile, LinkPolicy.host(articleUrl), mediaUrl);
        // the HTML is about as long as the markdown it comes from plus its tags
        StringBuilder html = new StringBuilder(sizeHint + sizeHint / 2 + 256);
        HtmlRenderer.builder()
                .extensions(Markdown.EXTENSIONS)
                .attributeProviderFactory(context -> checks)
                .nodeRendererFactory(context -> rawHtml)
                .build()
                .render(document, html);
        if (rawHtml.found || checks.refusedImage) {
            // the sanitiser drops what cannot be shown; an unusable image goes with its element
            return HtmlSanitizer.sanitize(Markdown.HTML.render(document), articleFile, articleUrl, mediaUrl);
        }
        int end = html.length();
        while (end > 0 && Character.isWhitespace(html.charAt(end - 1))) {
            end--;
        }
        html.setLength(end);
        return html.toString();
    }

    /** Renders nothing for raw HTML, and notes that there was some. */
    private static final class RawHtmlDetector implements NodeRenderer {

        private boolean found;

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlBlock.class, HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            found = true;
        }
    }

    private static final class UrlChecks implements AttributeProvider {

        private final String articleFile;
        private final @Nullable String ownHost;
        private final UnaryOperator<String> mediaUrl;
        private boolean refusedImage;

        UrlChecks(String articleFile, @Nullable String ownHost, UnaryOperator<String> mediaUrl) {
            this.articleFile = articleFile;
            this.ownHost = ownHost;
            this.mediaUrl = mediaUrl;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link) {
                String href = attributes.get("href");
                if (href == null || !LinkPolicy.isAllowed(href, LinkPolicy.LINK_SCHEMES)) {
                    attributes.remove("href");
                } else if (LinkPolicy.isExternal(href, ownHost)) {
                    attributes.put("rel", HtmlSanitizer.EXTERNAL_REL);
                }
            } else if (node instanceof Image) {
                String src = attributes.get("src");
                String url = src == null ? null : ImageRefs.url(ImageRefs.resolve(articleFile, src), mediaUrl);
                if (url == null || !LinkPolicy.isAllowed(url, LinkPolicy.IMAGE_SCHEMES)) {
                    attributes.remove("src");
                    refusedImage = true;
                } else {
                    attributes.put("src", url);
                }
            } else if (tagName.equals("code")) {
                attributes.remove("class");
            }
        }
    }
}
