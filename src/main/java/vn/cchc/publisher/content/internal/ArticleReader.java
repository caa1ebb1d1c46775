package vn.cchc.publisher.content.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.shared.Slugs;
import vn.cchc.publisher.shared.VietnameseText;

/** Turns the bytes of one article file into an {@link Article}, collecting every problem it has. */
final class ArticleReader {

    static final List<String> FIELDS =
            List.of("title", "area", "target", "channels", "publish_at", "summary", "cover", "tags", "status", "slug");

    private final Predicate<String> imageExists;

    /** @param imageExists whether a path relative to the content directory names an existing file */
    ArticleReader(Predicate<String> imageExists) {
        this.imageExists = imageExists;
    }

    /**
     * What reading gave.
     *
     * @param article the article; null when the file has errors
     * @param problems the errors and warnings, in line order
     * @param slugLine the line the slug comes from (the slug field, else the title)
     */
    record Result(@Nullable Article article, List<ContentProblem> problems, int slugLine) {}

    /** Reads {@code bytes} of the file at {@code file} (relative to the content directory). */
    Result read(String file, byte[] bytes) {
        Problems problems = new Problems(file);
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (decoded.text() == null) {
            problems.error(
                    decoded.badLine(),
                    "file",
                    String.format(
                            "not UTF-8: byte 0x%02X on this line is not valid UTF-8; save the file as UTF-8",
                            decoded.badByte()),
                    decoded.reasonVi());
            return new Result(null, problems.list(), 1);
        }
        FrontMatter frontMatter = FrontMatter.split(VietnameseText.nfc(decoded.text()), problems);
        if (frontMatter == null) {
            return new Result(null, problems.list(), 1);
        }
        FrontMatterFields fields = FrontMatterFields.parse(frontMatter, problems);
        if (!fields.readable()) {
            return new Result(null, problems.list(), 1);
        }
        reportUnknownFields(fields, problems);

        String title = title(fields, problems);
        Area area = area(fields, problems);
        Set<Channel> channels = channels(fields, problems);
        OffsetDateTime publishAt = publishAt(fields, problems);
        ArticleStatus status = status(fields, problems);
        String slug = slug(fields, title, problems);
        String cover = cover(file, fields, problems);
        List<String> bodyImages = bodyImages(file, frontMatter, problems);
        List<String> tags = fields.list("tags").orElse(List.of()).stream()
                .map(FrontMatterFields.Value::value)
                .toList();
        String target =
                fields.text("target").map(FrontMatterFields.Value::value).orElse(null);
        String summary =
                fields.text("summary").map(FrontMatterFields.Value::value).orElse(null);
        int slugLine = fields.lineOf(fields.names().containsKey("slug") ? "slug" : "title");

        List<ContentProblem> sorted = sortByLine(problems.list());
        if (problems.hasErrors() || title == null || slug == null) {
            return new Result(null, sorted, slugLine);
        }
        Set<String> images = new LinkedHashSet<>();
        if (cover != null && !ImageRefs.isRemote(cover)) {
            images.add(cover);
        }
        images.addAll(bodyImages);
        Article article = new Article(
                file,
                slug,
                title,
                area,
                target,
                channels,
                publishAt,
                summary,
                cover,
                tags,
                status,
                frontMatter.body(),
                frontMatter.bodyLine(),
                sha256(bytes),
                List.copyOf(images));
        return new Result(article, sorted, slugLine);
    }

    private static void reportUnknownFields(FrontMatterFields fields, Problems problems) {
        fields.names().forEach((name, line) -> {
            if (!FIELDS.contains(name)) {
                Optional<String> closest = FieldNames.closest(name, FIELDS);
                String hint =
                        closest.map(known -> "did you mean " + known + "? ").orElse("");
                String hintVi =
                        closest.map(known -> "có phải là " + known + "? ").orElse("");
                problems.warning(
                        line,
                        name,
                        "unknown field, ignored; " + hint + "known fields: " + String.join(", ", FIELDS),
                        "trường không có, bị bỏ qua; " + hintVi + "các trường là: " + String.join(", ", FIELDS));
            }
        });
    }

    private static @Nullable String title(FrontMatterFields fields, Problems problems) {
        Optional<FrontMatterFields.Value> title = fields.text("title");
        if (title.isEmpty()) {
            if (fields.isCollection("title")) {
                return null;
            }
            problems.error(
                    fields.lineOf("title"),
                    "title",
                    "missing: every article needs a title",
                    "thiếu tiêu đề: mỗi bài viết cần có trường title");
            return null;
        }
        return VietnameseText.collapseWhitespace(title.get().value());
    }

    private static @Nullable Area area(FrontMatterFields fields, Problems problems) {
        Optional<FrontMatterFields.Value> value = fields.text("area");
        if (value.isEmpty()) {
            return null;
        }
        Optional<Area> area = Area.byId(value.get().value().toLowerCase(Locale.ROOT));
        if (area.isEmpty()) {
            problems.error(
                    value.get().line(),
                    "area",
                    "unknown area \"" + value.get().value() + "\"; expected one of: " + Area.ids(),
                    "lĩnh vực \"" + value.get().value() + "\" không có; các lĩnh vực là: " + Area.ids());
        }
        return area.orElse(null);
    }

    private static Set<Channel> channels(FrontMatterFields fields, Problems problems) {
        Optional<List<FrontMatterFields.Value>> values = fields.list("channels");
        if (values.isEmpty()) {
            return EnumSet.allOf(Channel.class);
        }
        if (values.get().isEmpty()) {
            problems.error(
                    fields.lineOf("channels"),
                    "channels",
                    "empty: name at least one of " + Channel.ids() + ", or leave the field out for all",
                    "danh sách kênh để trống: ghi ít nhất một trong " + Channel.ids()
                            + ", hoặc bỏ trường này để đăng lên mọi kênh");
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (FrontMatterFields.Value value : values.get()) {
            Optional<Channel> channel = Channel.byId(value.value().toLowerCase(Locale.ROOT));
            if (channel.isPresent()) {
                channels.add(channel.get());
            } else {
                problems.error(
                        value.line(),
                        "channels",
                        "unknown channel \"" + value.value() + "\"; expected one of: " + Channel.ids(),
                        "kênh \"" + value.value() + "\" không có; các kênh là: " + Channel.ids());
            }
        }
        return channels;
    }

    private static @Nullable OffsetDateTime publishAt(FrontMatterFields fields, Problems problems) {
        Optional<FrontMatterFields.Value> value = fields.text("publish_at");
        if (value.isEmpty()) {
            return null;
        }
        Optional<OffsetDateTime> time = PublishTimes.parse(value.get().value());
        if (time.isEmpty()) {
            problems.error(
                    value.get().line(),
                    "publish_at",
                    "bad date \"" + value.get().value() + "\"; " + PublishTimes.EXPECTED,
                    "ngày \"" + value.get().value() + "\" sai định dạng; " + PublishTimes.EXPECTED_VI);
        }
        return time.orElse(null);
    }

    private static ArticleStatus status(FrontMatterFields fields, Problems problems) {
        Optional<FrontMatterFields.Value> value = fields.text("status");
        if (value.isEmpty()) {
            return ArticleStatus.DRAFT;
        }
        return switch (value.get().value().toLowerCase(Locale.ROOT)) {
            case "draft" -> ArticleStatus.DRAFT;
            case "ready" -> ArticleStatus.READY;
            default -> {
                problems.error(
                        value.get().line(),
                        "status",
                        "unknown status \"" + value.get().value() + "\"; expected draft or ready",
                        "trạng thái \"" + value.get().value() + "\" không có; dùng draft (bản nháp) hoặc ready"
                                + " (sẵn sàng đăng)");
                yield ArticleStatus.DRAFT;
            }
        };
    }

    private static @Nullable String slug(FrontMatterFields fields, @Nullable String title, Problems problems) {
        Optional<FrontMatterFields.Value> given = fields.text("slug");
        if (given.isPresent()) {
            String slug = given.get().value();
            String proper = Slugs.of(slug);
            if (proper.isEmpty() || !proper.equals(slug)) {
                problems.error(
                        given.get().line(),
                        "slug",
                        "\"" + slug + "\" is not a slug; use lower-case letters, digits and hyphens"
                                + (proper.isEmpty() ? "" : ", e.g. \"" + proper + "\""),
                        "\"" + slug + "\" không dùng được làm đường dẫn; chỉ dùng chữ thường không dấu, chữ số và"
                                + " dấu gạch ngang" + (proper.isEmpty() ? "" : ", ví dụ \"" + proper + "\""));
                return null;
            }
            return slug;
        }
        if (title == null) {
            return null;
        }
        String slug = Slugs.of(title);
        if (slug.isEmpty()) {
            problems.error(
                    fields.lineOf("title"),
                    "title",
                    "gives an empty slug; add a slug field",
                    "tiêu đề không tạo được đường dẫn (slug); thêm trường slug, ví dụ slug: thong-bao-moi");
            return null;
        }
        return slug;
    }

    private @Nullable String cover(String file, FrontMatterFields fields, Problems problems) {
        Optional<FrontMatterFields.Value> value = fields.text("cover");
        if (value.isEmpty()) {
            return null;
        }
        return image(file, value.get().value(), value.get().line(), "cover", problems);
    }

    private List<String> bodyImages(String file, FrontMatter frontMatter, Problems problems) {
        List<String> images = new ArrayList<>();
        for (MarkdownImages.Reference reference : MarkdownImages.find(frontMatter.body())) {
            int line = frontMatter.bodyLine() + reference.lineIndex();
            String path = image(file, reference.destination(), line, "body", problems);
            if (path != null && !ImageRefs.isRemote(path)) {
                images.add(path);
            }
        }
        return images;
    }

    /** The cover or image path relative to the content directory, or the remote URL; null if unusable. */
    private @Nullable String image(String file, String reference, int line, String field, Problems problems) {
        ImageRefs.Ref ref = ImageRefs.resolve(file, reference);
        if (ref.refusal() != null) {
            problems.error(line, field, "image " + ref.refusal(), "ảnh " + ref.refusalVi());
            return null;
        }
        if (ref.remote() != null) {
            return ref.remote();
        }
        String local = ref.local();
        if (local != null && !imageExists.test(local)) {
            problems.error(
                    line,
                    field,
                    "image \"" + reference + "\" not found (looked for " + local + ")",
                    "không tìm thấy ảnh \"" + reference + "\" (đã tìm " + local + "); kiểm tra tên tệp và thư mục ảnh");
            return null;
        }
        return local;
    }

    private static List<ContentProblem> sortByLine(List<ContentProblem> problems) {
        List<ContentProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ContentProblem::line));
        return sorted;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
