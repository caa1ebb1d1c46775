package vn.cchc.publisher.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Resolves a directory to its {@code index.html}. The path within {@code /site/**} arrives without its
 * trailing slash, so a path that is no readable file is tried again as a directory.
 */
final class DirectoryIndexResolver extends PathResourceResolver {

    @Override
    protected @Nullable Resource getResource(String resourcePath, Resource location) throws IOException {
        Resource file = super.getResource(resourcePath, location);
        if (file != null) {
            return file;
        }
        String directory = resourcePath.isEmpty() || resourcePath.endsWith("/") ? resourcePath : resourcePath + "/";
        return super.getResource(directory + "index.html", location);
    }
}
