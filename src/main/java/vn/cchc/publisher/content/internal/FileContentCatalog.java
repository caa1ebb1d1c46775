package vn.cchc.publisher.content.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.ContentSnapshot;

/**
 * Reads {@code <content>/articles/*.md} and, through {@link TthcSource}, the TTHC records. Each file is
 * read afresh on every call; an invalid file is reported and skipped, the others are kept.
 */
@Component
class FileContentCatalog implements ContentCatalog {

    static final String ARTICLES = "articles";

    private final Path contentDir;
    private final TthcSource tthc;

    FileContentCatalog(ContentProperties properties, TthcSource tthc) {
        this.contentDir = properties.dir();
        this.tthc = tthc;
    }

    @Override
    public ContentSnapshot load() {
        List<ContentProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            problems.add(new ContentProblem(
                    contentDir.toString(),
                    1,
                    "file",
                    "the content directory does not exist (" + contentDir.toAbsolutePath()
                            + "); create it or set cchc.content.dir",
                    "thư mục nội dung không tồn tại (" + contentDir.toAbsolutePath()
                            + "); tạo thư mục này hoặc đặt cchc.content.dir"));
            return new ContentSnapshot(List.of(), List.of(), problems);
        }
        List<Article> articles = new ArrayList<>();
        Map<String, String> slugOwners = new HashMap<>();
        ArticleReader reader = readerFor(contentDir);
        for (Path file : articleFiles(problems)) {
            String name = relative(contentDir, file);
            ArticleReader.Result result = read(reader, name, file);
            problems.addAll(result.problems());
            Article article = result.article();
            if (article == null) {
                continue;
            }
            String owner = slugOwners.putIfAbsent(article.slug(), name);
            if (owner != null) {
                problems.add(new ContentProblem(
                        name,
                        result.slugLine(),
                        "slug",
                        "duplicate slug \"" + article.slug() + "\": " + owner
                                + " already has it; give this article another title or a slug field",
                        "đường dẫn (slug) \"" + article.slug() + "\" bị trùng: bài " + owner
                                + " đã dùng; đặt tiêu đề khác hoặc thêm trường slug cho bài này"));
                continue;
            }
            articles.add(article);
        }
        TthcSource.Result procedures = tthc.read(contentDir);
        problems.addAll(procedures.problems());
        problems.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
        return new ContentSnapshot(articles, procedures.procedures(), problems);
    }

    @Override
    public Optional<Article> readArticle(Path file, List<ContentProblem> problems) {
        Path absolute = file.toAbsolutePath().normalize();
        Path contentRoot = contentDir.toAbsolutePath().normalize();
        Path root = absolute.startsWith(contentRoot) ? contentRoot : absolute.getParent();
        ArticleReader.Result result = read(readerFor(root), relative(root, absolute), absolute);
        problems.addAll(result.problems());
        return Optional.ofNullable(result.article());
    }

    private List<Path> articleFiles(List<ContentProblem> problems) {
        Path dir = contentDir.resolve(ARTICLES);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(
                    ARTICLES,
                    1,
                    "file",
                    "cannot list the directory: " + e.getMessage(),
                    "không đọc được danh sách tệp trong thư mục (lỗi hệ thống: " + e.getMessage() + ")"));
            return List.of();
        }
    }

    private static ArticleReader.Result read(ArticleReader reader, String name, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            boolean exists = Files.exists(file);
            String reason = exists ? "cannot read: " + e.getMessage() : "no such file";
            String reasonVi = exists
                    ? "không đọc được tệp (lỗi hệ thống: " + e.getMessage() + ")"
                    : "không có tệp này; kiểm tra tên và đường dẫn";
            return new ArticleReader.Result(null, List.of(new ContentProblem(name, 1, "file", reason, reasonVi)), 1);
        }
        return reader.read(name, bytes);
    }

    private static ArticleReader readerFor(Path root) {
        return new ArticleReader(path -> Files.isRegularFile(root.resolve(path)));
    }

    /** {@code file} relative to {@code root}, with forward slashes. */
    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
