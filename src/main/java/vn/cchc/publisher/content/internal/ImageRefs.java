package vn.cchc.publisher.content.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How an image reference of an article is understood. A path is relative to the article file, like in any
 * markdown preview ({@code img/x.jpg} in {@code articles/a.md} is {@code articles/img/x.jpg} of the
 * content directory); an {@code http(s)} URL is used as it is; anything else is refused.
 */
final class ImageRefs {

    private static final Pattern REMOTE = Pattern.compile("(?i)^https?://\\S+$");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private ImageRefs() {}

    /**
     * A resolved reference: exactly one of the three is set.
     *
     * @param local the path relative to the content directory
     * @param remote the absolute http(s) URL
     * @param refusal why the reference cannot be used
     * @param refusalVi the same in Vietnamese
     */
    record Ref(
            @Nullable String local,
            @Nullable String remote,
            @Nullable String refusal,
            @Nullable String refusalVi) {

        static Ref local(String path) {
            return new Ref(path, null, null, null);
        }

        static Ref remote(String url) {
            return new Ref(null, url, null, null);
        }

        static Ref refused(String reason, String reasonVi) {
            return new Ref(null, null, reason, reasonVi);
        }
    }

    /** Resolves {@code reference} as written in {@code articleFile} (relative to the content directory). */
    static Ref resolve(String articleFile, String reference) {
        String ref = reference.strip();
        if (ref.isEmpty()) {
            return Ref.refused(
                    "the image path is empty", "đường dẫn ảnh để trống; ghi đường dẫn tới tệp ảnh, ví dụ img/anh.jpg");
        }
        if (REMOTE.matcher(ref).matches()) {
            return Ref.remote(ref);
        }
        if (SCHEME.matcher(ref).find() || ref.startsWith("//")) {
            return Ref.refused(
                    "\"" + ref + "\" is neither a path relative to the article nor an http(s) URL",
                    "\"" + ref + "\" không phải đường dẫn tính từ thư mục bài viết, cũng không phải địa chỉ http(s)");
        }
        if (ref.startsWith("/") || ref.contains("\\")) {
            return Ref.refused(
                    "\"" + ref + "\" must be a path relative to the article file, with '/' between"
                            + " folders, e.g. img/photo.jpg",
                    "\"" + ref + "\" phải là đường dẫn tính từ thư mục chứa bài viết, dùng dấu '/' giữa các thư mục,"
                            + " ví dụ img/anh.jpg");
        }
        int slash = articleFile.lastIndexOf('/');
        String joined = slash < 0 ? ref : articleFile.substring(0, slash + 1) + ref;
        String normalized = normalize(joined);
        if (normalized == null) {
            return Ref.refused(
                    "\"" + ref + "\" points outside the content directory",
                    "\"" + ref + "\" trỏ ra ngoài thư mục nội dung; đặt ảnh trong thư mục nội dung");
        }
        return Ref.local(normalized);
    }

    /** The URL of a resolved reference, or null if it was refused. */
    static @Nullable String url(Ref ref, UnaryOperator<String> mediaUrl) {
        if (ref.local() != null) {
            return mediaUrl.apply(ref.local());
        }
        return ref.remote();
    }

    /** The URL of an image as an article stores it: a path relative to the content directory, or a URL. */
    static String urlOfStored(String stored, UnaryOperator<String> mediaUrl) {
        return isRemote(stored) ? stored : mediaUrl.apply(stored);
    }

    /** True if {@code url} is an absolute http(s) URL. */
    static boolean isRemote(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("http://")
                || url.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    private static @Nullable String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
