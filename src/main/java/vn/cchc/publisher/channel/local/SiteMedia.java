package vn.cchc.publisher.channel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import vn.cchc.publisher.channel.SiteLayout;

/** Copies an article's images from the content directory to the site's {@code media/} directory. */
final class SiteMedia {

    private final Path contentDir;
    private final SiteFiles files;

    SiteMedia(Path contentDir, SiteFiles files) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.files = files;
    }

    /**
     * Copies every image, each given relative to the content directory, unless the site already has the
     * same bytes. All images are checked before the first is copied.
     *
     * @param articleFile the article the images belong to, for the error message
     * @throws IllegalArgumentException if an image is missing or lies outside the content directory
     */
    void copy(Collection<String> images, String articleFile) {
        for (String image : images) {
            source(image, articleFile);
        }
        for (String image : images) {
            Path source = source(image, articleFile);
            String target = SiteLayout.mediaPath(image);
            if (!sameBytes(source, files.resolve(target))) {
                files.copy(source, target);
            }
        }
    }

    /** True for an image given by its http(s) address (a cover may be), which is not copied. */
    static boolean isRemote(String image) {
        return image.startsWith("http://") || image.startsWith("https://");
    }

    private Path source(String image, String articleFile) {
        Path source = contentDir.resolve(image).normalize();
        if (image.contains("\\") || !source.startsWith(contentDir)) {
            throw new IllegalArgumentException(
                    "the image " + image + " of " + articleFile + " lies outside the content directory");
        }
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException(
                    "the image " + image + " of " + articleFile + " is not in " + contentDir);
        }
        return source;
    }

    private static boolean sameBytes(Path source, Path target) {
        try {
            return Files.isRegularFile(target) && Files.mismatch(source, target) == -1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + source + " with " + target, e);
        }
    }
}
