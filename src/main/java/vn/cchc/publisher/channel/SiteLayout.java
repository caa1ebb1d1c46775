package vn.cchc.publisher.channel;

import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.Links;
import vn.cchc.publisher.shared.Area;

/**
 * The URL layout of the built-in local site, under a base URL such as {@code http://localhost:8080/site}:
 *
 * <ul>
 *   <li>{@code /} the home page, newest articles first;
 *   <li>{@code /tin-bai/<slug>/} an article;
 *   <li>{@code /linh-vuc/<area>/} the articles of one reform area;
 *   <li>{@code /thu-tuc-hanh-chinh/} the TTHC listing, {@code /thu-tuc-hanh-chinh/<code>/} one procedure;
 *   <li>{@code /media/<path>} an image, by its path relative to the content directory;
 *   <li>{@code /assets/site.css} the stylesheet.
 * </ul>
 *
 * Each page is a directory with an {@code index.html}, so the same tree works on any static web server.
 */
public record SiteLayout(String baseUrl) {

    public SiteLayout {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The path of the home page, relative to the site root: the empty string. */
    public static String homePath() {
        return "";
    }

    /** The directory of the article pages, relative to the site root. */
    public static String articlesPath() {
        return "tin-bai/";
    }

    /** The path of an article's page, relative to the site root, e.g. {@code tin-bai/slug/}. */
    public static String articlePath(String slug) {
        return articlesPath() + slug + "/";
    }

    /** The path of an area's index, relative to the site root. */
    public static String areaPath(Area area) {
        return "linh-vuc/" + area.id() + "/";
    }

    /** The path of the TTHC listing, relative to the site root. */
    public static String tthcListingPath() {
        return "thu-tuc-hanh-chinh/";
    }

    /** The path of one procedure's page, relative to the site root. */
    public static String tthcPath(String code) {
        return "thu-tuc-hanh-chinh/" + code + "/";
    }

    /** The path of an image, relative to the site root. */
    public static String mediaPath(String contentRelativePath) {
        return "media/" + contentRelativePath;
    }

    /** The path of the stylesheet, relative to the site root. */
    public static String stylesheetPath() {
        return "assets/site.css";
    }

    /** The absolute URL of a path relative to the site root. */
    public String url(String sitePath) {
        return baseUrl + "/" + sitePath;
    }

    /** The links an article's renditions use when it is published on the local site. */
    public Links linksFor(Article article) {
        return new Links(url(articlePath(article.slug())), path -> url(mediaPath(path)));
    }
}
