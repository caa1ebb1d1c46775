package vn.cchc.publisher.channel.wordpress;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points the images of a rendered page at the uploaded files. The page was rendered with provisional
 * image URLs ({@code Links.mediaUrl()} of each content-relative path); every {@code img src} and
 * {@code a href} equal to one of them is replaced by the file's URL in the media library. Working on the
 * parsed HTML, not on the text, makes this independent of quoting and entity escaping.
 */
final class HtmlMediaRewriter {

    private HtmlMediaRewriter() {}

    /**
     * @param html the sanitised HTML fragment
     * @param urls provisional URL → uploaded URL
     */
    static String rewrite(String html, Map<String, String> urls) {
        if (urls.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element image : document.select("img[src]")) {
            replace(image, "src", urls);
        }
        for (Element link : document.select("a[href]")) {
            replace(link, "href", urls);
        }
        return document.body().html();
    }

    private static void replace(Element element, String attribute, Map<String, String> urls) {
        String uploaded = urls.get(element.attr(attribute));
        if (uploaded != null) {
            element.attr(attribute, uploaded);
        }
    }
}
