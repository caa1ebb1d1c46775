package vn.cchc.publisher.verification.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.VietnameseText;
import vn.cchc.publisher.verification.Check;

/** The checks made on a fetched page's HTML: title, body paragraphs, canonical URL, listing link. */
final class PageChecks {

    /** The elements of a rendering whose text is one paragraph. */
    private static final String PARAGRAPHS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, td, th";

    /** What a site appends to a page title: " – Site", " - Site", " | Site", " — Site". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^\\s*[-–—|·:]\\s*.+$");

    private final List<String> titleSelectors;
    private final List<String> bodySelectors;
    private final List<String> listingItemSelectors;

    PageChecks(VerificationProperties properties) {
        this.titleSelectors = properties.titleSelectors();
        this.bodySelectors = properties.bodySelectors();
        this.listingItemSelectors = properties.listingItemSelectors();
    }

    /** The first element matched by the first selector of {@code selectors} that matches anything. */
    static @Nullable Element first(Element root, List<String> selectors) {
        for (String selector : selectors) {
            Element found = root.selectFirst(selector);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The post's body container, by the configured selectors. */
    @Nullable
    Element body(Document page) {
        return first(page, bodySelectors);
    }

    Check title(Document page, String expectedTitle) {
        String expected = comparable(expectedTitle);
        Element heading = first(page, titleSelectors);
        String headingText = heading == null ? "" : comparable(heading.text());
        String titleText = comparable(page.title());
        if (headingText.equals(expected)) {
            return Check.pass("title", "tiêu đề đúng: " + expected, "heading matches");
        }
        if (titleText.equals(expected)
                || (titleText.startsWith(expected)
                        && TITLE_SUFFIX
                                .matcher(titleText.substring(expected.length()))
                                .matches())) {
            return Check.pass("title", "tiêu đề trang đúng: " + titleText, "page title matches");
        }
        String found = headingText.isEmpty() ? titleText : headingText;
        return Check.fail(
                "title",
                "tiêu đề không khớp: trang có \"" + found + "\", bài viết là \"" + expected + "\"",
                "title mismatch: page has \"" + found + "\", article has \"" + expected + "\"");
    }

    /**
     * Every paragraph of the rendering, NFC-normalised with whitespace collapsed, must be in the text of the
     * page's body container.
     */
    Check body(@Nullable Element body, String renderedHtml) {
        if (body == null) {
            return Check.fail(
                    "body",
                    "không tìm thấy phần nội dung bài viết (bộ chọn: " + String.join(", ", bodySelectors) + ")",
                    "no body container (selectors: " + String.join(", ", bodySelectors) + ")");
        }
        String pageText = comparable(body.text());
        List<String> expected = paragraphs(renderedHtml);
        List<String> missing = new ArrayList<>();
        for (String paragraph : expected) {
            if (!pageText.contains(paragraph)) {
                missing.add(paragraph);
            }
        }
        if (missing.isEmpty()) {
            return Check.pass(
                    "body",
                    "đủ " + expected.size() + " đoạn nội dung",
                    "all " + expected.size() + " paragraphs present");
        }
        String list =
                String.join(" | ", missing.stream().map(PageChecks::shorten).toList());
        return Check.fail(
                "body",
                "thiếu " + missing.size() + "/" + expected.size() + " đoạn: " + list,
                "missing " + missing.size() + " of " + expected.size() + " paragraphs: " + list);
    }

    /** The paragraphs of a rendering: the text of each innermost paragraph-like element, normalised. */
    static List<String> paragraphs(String html) {
        Element root = Jsoup.parseBodyFragment(html).body();
        Set<String> result = new LinkedHashSet<>();
        for (Element element : root.select(PARAGRAPHS)) {
            if (!element.select(PARAGRAPHS).stream().skip(1).findAny().isPresent()) {
                String text = comparable(element.text());
                if (!text.isEmpty()) {
                    result.add(text);
                }
            }
        }
        if (result.isEmpty()) {
            String text = comparable(root.text());
            if (!text.isEmpty()) {
                result.add(text);
            }
        }
        return List.copyOf(result);
    }

    Check canonical(Document page, String finalUrl) {
        Element link = page.selectFirst("link[rel=canonical]");
        if (link == null || link.absUrl("href").isEmpty()) {
            return Check.fail("canonical", "trang không có link rel=canonical", "no link rel=canonical");
        }
        String canonical = link.absUrl("href");
        if (sameUrl(canonical, finalUrl)) {
            return Check.pass("canonical", "địa chỉ chuẩn đúng: " + canonical, "canonical is the final URL");
        }
        return Check.fail(
                "canonical",
                "địa chỉ chuẩn " + canonical + " khác địa chỉ trang " + finalUrl,
                "canonical " + canonical + " differs from final URL " + finalUrl);
    }

    /** The selectors of a listing's link to its next (older) page: WordPress block and classic themes. */
    private static final String NEXT_PAGE = "a.wp-block-query-pagination-next[href], a.next.page-numbers[href], "
            + "a[rel=next][href], link[rel=next][href], .nav-previous a[href]";

    /** Whether a listing page links to the post, inside a listing item when the page has any. */
    boolean listed(Document listing, List<String> postUrls) {
        Elements links = first(listing, listingItemSelectors) == null ? listing.select("a[href]") : new Elements();
        if (links.isEmpty()) {
            for (String selector : listingItemSelectors) {
                links.addAll(listing.select(selector).select("a[href]"));
            }
        }
        for (Element link : links) {
            String href = link.absUrl("href");
            if (postUrls.stream().anyMatch(url -> sameUrl(href, url))) {
                return true;
            }
        }
        return false;
    }

    /** The absolute URL of the listing's next (older) page; null on the last page. */
    static @Nullable String nextPage(Document listing) {
        Element next = listing.selectFirst(NEXT_PAGE);
        return next == null || next.absUrl("href").isEmpty() ? null : next.absUrl("href");
    }

    /**
     * Two URLs name the same page: scheme and host compared without case, the default port, a trailing
     * slash and the fragment ignored, the query kept.
     */
    static boolean sameUrl(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String url) {
        try {
            URI uri = URI.create(url.strip()).normalize();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }

    /**
     * The form texts are compared in: NFC, whitespace collapsed, and the typography WordPress adds
     * ({@code wptexturize}: curly quotes, dashes, the ellipsis) folded back to plain characters.
     */
    static String comparable(String text) {
        String normalized = VietnameseText.normalize(text);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
                case '\u2013', '\u2014' -> out.append('-');
                case '\u2026' -> out.append("...");
                case '\u00D7' -> out.append('x');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String shorten(String paragraph) {
        return paragraph.length() <= 80 ? "\"" + paragraph + "\"" : "\"" + paragraph.substring(0, 77) + "…\"";
    }
}
