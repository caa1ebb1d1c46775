package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.content.VietnameseReasons.assertAllVietnamese;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentProperties;

/** Every kind of problem an article file can have is told to the officer in Vietnamese. */
class ArticleProblemsInVietnameseTest {

    /** One bad article per kind of problem the reader reports. */
    private static final Map<String, String> BAD_ARTICLES = new LinkedHashMap<>();

    static {
        BAD_ARTICLES.put("no front matter", "# Tiêu đề\n\nNội dung\n");
        BAD_ARTICLES.put("front matter not closed", "---\ntitle: A\n");
        BAD_ARTICLES.put("invalid YAML", "---\ntitle: A\nsummary: \"không đóng\n---\n");
        BAD_ARTICLES.put("not fields", "---\n- a\n- b\n---\n");
        BAD_ARTICLES.put("field name not text", "---\n[a, b]: c\ntitle: A\n---\n");
        BAD_ARTICLES.put("duplicate field", "---\ntitle: A\ntitle: B\n---\n");
        BAD_ARTICLES.put("unknown field", "---\ntitle: A\nstatuss: ready\nfoo: 1\n---\n");
        BAD_ARTICLES.put("missing title", "---\narea: the-che\n---\n");
        BAD_ARTICLES.put("unknown area", "---\ntitle: A\narea: y-te\n---\n");
        BAD_ARTICLES.put("empty channels", "---\ntitle: A\nchannels: []\n---\n");
        BAD_ARTICLES.put("unknown channel", "---\ntitle: A\nchannels: [web]\n---\n");
        BAD_ARTICLES.put("bad date", "---\ntitle: A\npublish_at: 02/03/2026\n---\n");
        BAD_ARTICLES.put("unknown status", "---\ntitle: A\nstatus: xong\n---\n");
        BAD_ARTICLES.put("bad slug", "---\ntitle: A\nslug: Bài Viết\n---\n");
        BAD_ARTICLES.put("empty slug", "---\ntitle: \"!!!\"\n---\n");
        BAD_ARTICLES.put("wrong types", "---\ntitle: [A, B]\ntags: x\nchannels: [[website]]\n---\n");
        BAD_ARTICLES.put("missing image", "---\ntitle: A\ncover: img/khong-co.jpg\n---\n");
        BAD_ARTICLES.put(
                "refused images",
                "---\ntitle: A\ncover: \" \"\n---\n![a](ftp://x/a.jpg)\n![b](/tuyet-doi.jpg)\n![c](../../ngoai.jpg)\n");
    }

    @TempDir
    Path content;

    @Test
    void everyProblemOfEveryKindOfBadArticleHasAVietnameseReason() {
        ArticleReader reader = new ArticleReader(Set.of("articles/img/bia.jpg")::contains);
        List<ContentProblem> all = new ArrayList<>();
        BAD_ARTICLES.forEach((kind, text) -> {
            List<ContentProblem> problems = reader.read("articles/bai.md", text.getBytes(StandardCharsets.UTF_8))
                    .problems();
            assertThat(problems).as(kind).isNotEmpty();
            all.addAll(problems);
        });
        all.addAll(reader.read("articles/bai.md", new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xF2, '\n'})
                .problems());

        assertAllVietnamese(all);
    }

    @Test
    void theCatalogProblemsHaveAVietnameseReasonToo() throws IOException {
        List<ContentProblem> problems = new ArrayList<>();
        TthcSource noTthc = dir -> new TthcSource.Result(List.of(), List.of());
        problems.addAll(new FileContentCatalog(
                        new ContentProperties(content.resolve("khong-co"), "Trung tâm Y tế", List.of()), noTthc)
                .load()
                .problems());
        Path articles = Files.createDirectories(content.resolve("articles"));
        Files.writeString(articles.resolve("a.md"), "---\ntitle: Lịch tiếp dân\n---\n", StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("b.md"), "---\ntitle: Lịch tiếp dân\n---\n", StandardCharsets.UTF_8);
        FileContentCatalog catalog =
                new FileContentCatalog(new ContentProperties(content, "Trung tâm Y tế", List.of()), noTthc);
        problems.addAll(catalog.load().problems());
        catalog.readArticle(articles.resolve("khong-co.md"), problems);

        assertThat(problems)
                .extracting(ContentProblem::toVietnamese)
                .anySatisfy(p -> assertThat(p).contains("thư mục nội dung không tồn tại"))
                .contains(
                        "articles/b.md:2: slug: đường dẫn (slug) \"lich-tiep-dan\" bị trùng: bài articles/a.md đã"
                                + " dùng; đặt tiêu đề khác hoặc thêm trường slug cho bài này",
                        "articles/khong-co.md:1: file: không có tệp này; kiểm tra tên và đường dẫn");
        assertAllVietnamese(problems);
    }
}
