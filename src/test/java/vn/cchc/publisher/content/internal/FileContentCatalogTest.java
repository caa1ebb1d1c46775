package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.shared.Area;

class FileContentCatalogTest {

    @TempDir
    Path content;

    private final List<Path> tthcDirsRead = new ArrayList<>();

    private FileContentCatalog catalog() {
        TthcSource tthc = dir -> {
            tthcDirsRead.add(dir);
            return new TthcSource.Result(
                    List.of(),
                    List.of(new ContentProblem("tthc/1.001.yaml", 7, "fees", "not a number", "không phải một số")));
        };
        return new FileContentCatalog(new ContentProperties(content, "Trung tâm Y tế", List.of()), tthc);
    }

    private void write(String file, String text) throws IOException {
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    @Test
    void loadsValidArticlesSortedByFileAndSkipsInvalidOnes() throws IOException {
        write("articles/b-bai.md", "---\ntitle: Bài B\n---\nB\n");
        write("articles/a-bai.md", "---\ntitle: Bài A\n---\nA\n");
        write("articles/c-hong.md", "---\narea: khong-co\n---\n");
        write("articles/ghi-chu.txt", "not an article");

        ContentSnapshot snapshot = catalog().load();

        assertThat(snapshot.articles())
                .extracting(Article::file)
                .containsExactly("articles/a-bai.md", "articles/b-bai.md");
        assertThat(snapshot.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(
                        "articles/c-hong.md:1: title: missing: every article needs a title",
                        "articles/c-hong.md:2: area: unknown area \"khong-co\"; expected one of: "
                                + vn.cchc.publisher.shared.Area.ids(),
                        "tthc/1.001.yaml:7: fees: not a number");
        assertThat(tthcDirsRead).containsExactly(content);
    }

    @Test
    void reportsADuplicateSlugOnTheSecondFileNamingTheFirst() throws IOException {
        write("articles/01-goc.md", "---\ntitle: Lịch tiếp công dân\n---\n");
        write("articles/02-trung.md", "---\nstatus: ready\ntitle: Lịch tiếp  công dân!\n---\n");
        write("articles/03-slug.md", "---\ntitle: Khác\nslug: lich-tiep-cong-dan\n---\n");

        ContentSnapshot snapshot = catalog().load();

        assertThat(snapshot.articles()).extracting(Article::file).containsExactly("articles/01-goc.md");
        assertThat(snapshot.problems())
                .extracting(ContentProblem::toString)
                .startsWith(
                        "articles/02-trung.md:3: slug: duplicate slug \"lich-tiep-cong-dan\": articles/01-goc.md"
                                + " already has it; give this article another title or a slug field",
                        "articles/03-slug.md:3: slug: duplicate slug \"lich-tiep-cong-dan\": articles/01-goc.md"
                                + " already has it; give this article another title or a slug field");
    }

    @Test
    void checksImagesAgainstTheFilesBesideTheArticle() throws IOException {
        write("articles/img/co.jpg", "jpeg");
        write("articles/bai.md", "---\ntitle: A\ncover: img/co.jpg\n---\n\n![x](img/khong.jpg)\n");

        ContentSnapshot snapshot = catalog().load();

        assertThat(snapshot.articles()).isEmpty();
        assertThat(snapshot.problems())
                .extracting(ContentProblem::toString)
                .startsWith(
                        "articles/bai.md:6: body: image \"img/khong.jpg\" not found (looked for articles/img/khong.jpg)");
    }

    @Test
    void reportsAMissingContentDirectory() {
        FileContentCatalog catalog = new FileContentCatalog(
                new ContentProperties(content.resolve("khong-co"), "A", List.of()),
                dir -> new TthcSource.Result(List.of(), List.of()));

        assertThat(catalog.load().problems()).singleElement().asString().contains("does not exist");
    }

    @Test
    void readsOneArticleInsideTheContentDirectoryRelativeToIt() throws IOException {
        write("articles/img/a.jpg", "jpeg");
        write("articles/bai.md", "---\ntitle: A\ncover: img/a.jpg\n---\n");
        List<ContentProblem> problems = new ArrayList<>();

        Optional<Article> article = catalog().readArticle(content.resolve("articles/bai.md"), problems);

        assertThat(problems).isEmpty();
        assertThat(article)
                .get()
                .extracting(Article::file, Article::cover)
                .containsExactly("articles/bai.md", "articles/img/a.jpg");
    }

    @Test
    void readsOneArticleOutsideTheContentDirectoryRelativeToItsFolder(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("nhap.md"), "---\ntitle: Nháp\n---\n![a](anh.png)\n");
        List<ContentProblem> problems = new ArrayList<>();

        Optional<Article> article = catalog().readArticle(elsewhere.resolve("nhap.md"), problems);

        assertThat(article).isEmpty();
        assertThat(problems)
                .extracting(ContentProblem::toString)
                .containsExactly("nhap.md:4: body: image \"anh.png\" not found (looked for anh.png)");
    }

    @Test
    void reportsAFileThatDoesNotExist() {
        List<ContentProblem> problems = new ArrayList<>();

        assertThat(catalog().readArticle(content.resolve("articles/khong.md"), problems))
                .isEmpty();
        assertThat(problems)
                .extracting(ContentProblem::toString)
                .containsExactly("articles/khong.md:1: file: no such file");
    }

    @Test
    void theSampleContentShippedWithTheProjectIsValid() {
        FileContentCatalog catalog = new FileContentCatalog(
                new ContentProperties(Path.of("content"), "Trung tâm Y tế", List.of()),
                dir -> new TthcSource.Result(List.of(), List.of()));

        ContentSnapshot snapshot = catalog.load();

        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.articles())
                .extracting(Article::area)
                .as("one sample article per reform area at least")
                .contains(
                        Arrays.stream(Area.values()).filter(Area::isReformArea).toArray(Area[]::new));
    }
}
