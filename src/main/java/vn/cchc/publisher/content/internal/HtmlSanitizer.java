package vn.cchc.publisher.content.internal;

import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes rendered markdown safe for the website: only the elements and attributes an article needs are
 * kept (headings, paragraphs, lists, tables, images, links, quotes, code, emphasis); scripts, styles,
 * event handlers, frames, objects, forms and {@code javascript:}, {@code vbscript:} or {@code data:}
 * URLs are removed, whether they come from markdown or from raw HTML in it. Image sources are then
 * rewritten to where the channel serves them, and external links get {@code rel="nofollow noopener"}.
 */
final class HtmlSanitizer {

    /** A base under which relative links resolve to http, so the protocol check keeps them. */
    private static final String BASE = "https://article.invalid/";

    static final String EXTERNAL_REL = "nofollow noopener";

    private static final Safelist SAFELIST = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr")
            .addTags("ul", "ol", "li", "blockquote", "pre", "code")
            .addTags("em", "strong", "i", "b", "del", "s", "sub", "sup")
            .addTags("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .addTags("a", "img")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("ol", "start")
            .addAttributes("th", "align", "colspan", "rowspan")
            .addAttributes("td", "align", "colspan", "rowspan")
            .addProtocols("a", "href", LinkPolicy.LINK_SCHEMES.toArray(String[]::new))
            .addProtocols("img", "src", LinkPolicy.IMAGE_SCHEMES.toArray(String[]::new))
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {}

    /**
     * Cleans {@code html} rendered from {@code articleFile}. Relative image sources are resolved against the
     * article file and mapped through {@code mediaUrl}; images whose source cannot be used are dropped.
     */
    static String sanitize(String html, String articleFile, String articleUrl, UnaryOperator<String> mediaUrl) {
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, BASE));
        for (Element img : clean.body().getElementsByTag("img")) {
            String url = ImageRefs.url(ImageRefs.resolve(articleFile, img.attr("src")), mediaUrl);
            if (url == null) {
                img.remove();
            } else {
                img.attr("src", url);
            }
        }
        String ownHost = LinkPolicy.host(articleUrl);
        for (Element a : clean.body().getElementsByTag("a")) {
            if (LinkPolicy.isExternal(a.attr("href"), ownHost)) {
                a.attr("rel", EXTERNAL_REL);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
