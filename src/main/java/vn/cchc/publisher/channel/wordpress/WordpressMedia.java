package vn.cchc.publisher.channel.wordpress;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.HttpReply;
import vn.cchc.publisher.shared.Slugs;

/**
 * Uploads an article's images to the media library ({@code POST /media}, raw body with
 * {@code Content-Type} and {@code Content-Disposition}). Each image gets a deterministic file name,
 * {@code <post-slug>-<image-name>.<ext>}, which WordPress turns into the attachment's slug; an image is
 * looked up by that slug first, so an attempt that is repeated reuses what the earlier one uploaded.
 */
final class WordpressMedia {

    private final WordpressApi api;

    WordpressMedia(WordpressApi api) {
        this.api = api;
    }

    /**
     * A media item.
     *
     * @param id the attachment id ({@code featured_media})
     * @param sourceUrl the URL of the file
     */
    record Media(long id, String sourceUrl) {}

    /** Uploads (or finds) each image; returns content-relative path → media, in the given order. */
    Map<String, Media> upload(String postSlug, List<String> images, Path contentDir) {
        Map<String, Media> uploaded = new LinkedHashMap<>();
        for (String image : images) {
            if (!uploaded.containsKey(image)) {
                uploaded.put(image, uploadOne(postSlug, image, contentDir));
            }
        }
        return uploaded;
    }

    private Media uploadOne(String postSlug, String image, Path contentDir) {
        String fileName = image.substring(image.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        String slug = Slugs.of(postSlug + "-" + base);
        Optional<Media> existing = find(slug);
        if (existing.isPresent()) {
            return existing.get();
        }
        String uploadName = extension.isEmpty() ? slug : slug + "." + extension;
        MediaType type = MediaTypeFactory.getMediaType(uploadName).orElse(MediaType.APPLICATION_OCTET_STREAM);
        byte[] bytes = read(contentDir, image);
        URI uri = api.uri("media").build().toUri();
        HttpReply reply = api.sendFile(uri, type, "attachment; filename=\"" + uploadName + "\"", bytes);
        return media(api.json(reply, "upload the image " + image))
                .orElseThrow(() -> api.errors().unreadable("upload the image " + image));
    }

    private Optional<Media> find(String slug) {
        URI uri = api.uri("media").queryParam("slug", slug).build().encode().toUri();
        for (JsonNode item : api.json(api.get(uri), "look up an image")) {
            if (item.path("slug").asString("").equals(slug)) {
                return media(item);
            }
        }
        return Optional.empty();
    }

    private static Optional<Media> media(JsonNode json) {
        long id = json.path("id").asLong(0);
        String url = json.path("source_url").asString("");
        return id > 0 && !url.isEmpty() ? Optional.of(new Media(id, url)) : Optional.empty();
    }

    /** Reads an image of the content directory; a missing file or a path leading outside it is refused. */
    static byte[] read(Path contentDir, String image) {
        Path root = contentDir.toAbsolutePath().normalize();
        Path file = root.resolve(image).normalize();
        if (!file.startsWith(root)) {
            throw new FailedCall(new ChannelOutcome.NeedsAttention(
                    "Đường dẫn ảnh " + image + " nằm ngoài thư mục nội dung.",
                    "The image path " + image + " leads outside the content directory."));
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FailedCall(new ChannelOutcome.NeedsAttention(
                    "Không đọc được tệp ảnh " + image + " trong thư mục nội dung.",
                    "Cannot read the image file " + image + " in the content directory."));
        }
    }
}
