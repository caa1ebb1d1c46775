package vn.cchc.publisher.channel.http;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points the images of a rendered page at the files the channel serves. The page was rendered with
 * provisional image URLs ({@code Links.mediaUrl()} of each content-relative path); every {@code img src}
 * and {@code a href} equal to one of them is replaced by the file's URL on the channel (the WordPress
 * media library, the local site's {@code media/}). Working on the parsed HTML, not on the text, makes this
 * independent of quoting and entity escaping.
 */
public final class HtmlMediaRewriter {

    private HtmlMediaRewriter() {}

    /**
     * @param html the sanitised HTML fragment
     * @param urls provisional URL → URL on the channel
     * @return the fragment with those URLs replaced; {@code html} itself when {@code urls} is empty
     */
    public static String rewrite(String html, Map<String, String> urls) {
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
