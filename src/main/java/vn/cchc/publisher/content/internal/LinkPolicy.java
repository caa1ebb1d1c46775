package vn.cchc.publisher.content.internal;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which URLs the website keeps, and which links are external. The same rules as the sanitiser's safelist:
 * links may be relative or use http, https, mailto or tel; images relative, http or https.
 */
final class LinkPolicy {

    static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    private LinkPolicy() {}

    /**
     * True if {@code url} is relative or uses one of {@code schemes}. Control characters and spaces, which
     * browsers drop from URLs, are ignored, so {@code "jav\tascript:"} is seen as {@code javascript:}.
     */
    static boolean isAllowed(String url, Set<String> schemes) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ') {
                continue;
            }
            if (c == ':') {
                return scheme.length() == 0
                        || schemes.contains(scheme.toString().toLowerCase(Locale.ROOT));
            }
            boolean schemeChar = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (scheme.length() > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'));
            if (!schemeChar) {
                return true;
            }
            scheme.append(c);
        }
        return true;
    }

    /** True if {@code href} is an http(s) or protocol-relative URL on another host than {@code ownHost}. */
    static boolean isExternal(String href, @Nullable String ownHost) {
        String host = host(href);
        return host != null && !host.equals(ownHost);
    }

    /**
     * The lower-case host of an absolute http(s) or protocol-relative ({@code //host/…}) URL, empty if it
     * has none; null for anything else.
     */
    static @Nullable String host(String url) {
        String u = url.strip();
        int start;
        if (u.regionMatches(true, 0, "http://", 0, 7)) {
            start = 7;
        } else if (u.regionMatches(true, 0, "https://", 0, 8)) {
            start = 8;
        } else if (u.startsWith("//")) {
            start = 2;
        } else {
            return null;
        }
        int end = start;
        while (end < u.length() && "/?#\\".indexOf(u.charAt(end)) < 0) {
            end++;
        }
        String authority = u.substring(start, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.startsWith("[") ? host.indexOf(']') + 1 : host.lastIndexOf(':');
        if (port > 0 && port < host.length() && host.charAt(port) == ':') {
            host = host.substring(0, port);
        }
        return host.toLowerCase(Locale.ROOT);
    }
}
