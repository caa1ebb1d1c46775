package vn.cchc.publisher.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Redirects {@code /site/x} to {@code /site/x/} when {@code x} is a directory with an {@code index.html},
 * like a static web server does.
 */
final class DirectorySlashRedirect implements HandlerInterceptor {

    private final Path root;
    private final String prefix;

    DirectorySlashRedirect(Path root, String prefix) {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(prefix) || path.endsWith("/") || path.length() == prefix.length()) {
            return true;
        }
        Path dir = root.resolve(path.substring(prefix.length())).normalize();
        if (dir.startsWith(root) && Files.isRegularFile(dir.resolve("index.html"))) {
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + "/" + (query == null ? "" : "?" + query));
            return false;
        }
        return true;
    }
}
