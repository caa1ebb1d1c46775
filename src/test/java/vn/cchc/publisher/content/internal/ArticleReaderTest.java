package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

class ArticleReaderTest {

    private static final Set<String> EXISTING =
            Set.of("articles/img/anh-1.jpg", "articles/img/bia.jpg", "img/chung.png");

    private final ArticleReader reader = new ArticleReader(EXISTING::contains);

    private ArticleReader.Result read(String text) {
        return reader.read("articles/bai.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(ArticleReader.Result result) {
        return result.problems().stream().map(Object::toString).toList();
    }

    @Test
    void readsEveryFieldOfAValidArticle() {
        ArticleReader.Result result = read("""
                ---
                title: Cải cách thủ tục hành chính tại Trung tâm Y tế
                area: thu-tuc-hanh-chinh
                target: tt-01
                channels: [website, zalo]
                publish_at: 2026-03-02T08:30
                summary: Người dân nộp hồ sơ trực tuyến.
                cover: img/bia.jpg
                tags: [một cửa, dịch vụ công]
                status: ready
                ---
                Đoạn đầu.

                ![Quầy một cửa](img/anh-1.jpg)
                ![Ảnh ngoài](https://example.org/a.jpg)
                ![Bìa lần nữa](img/bia.jpg)
                """);

        assertThat(result.problems()).isEmpty();
        Article article = result.article();
        assertThat(article).isNotNull();
        assertThat(article.file()).isEqualTo("articles/bai.md");
        assertThat(article.slug()).isEqualTo("cai-cach-thu-tuc-hanh-chinh-tai-trung-tam-y-te");
        assertThat(article.area()).isEqualTo(Area.THU_TUC_HANH_CHINH);
        assertThat(article.target()).isEqualTo("tt-01");
        assertThat(article.channels()).containsExactlyInAnyOrder(Channel.WEBSITE, Channel.ZALO);
        assertThat(article.publishAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T08:30+07:00"));
        assertThat(article.summary()).isEqualTo("Người dân nộp hồ sơ trực tuyến.");
        assertThat(article.cover()).isEqualTo("articles/img/bia.jpg");
        assertThat(article.tags()).containsExactly("một cửa", "dịch vụ công");
        assertThat(article.status()).isEqualTo(ArticleStatus.READY);
        assertThat(article.bodyLine()).isEqualTo(12);
        assertThat(article.markdown()).startsWith("Đoạn đầu.");
        assertThat(article.images()).containsExactly("articles/img/bia.jpg", "articles/img/anh-1.jpg");
        assertThat(article.contentHash()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void appliesTheDefaults() {
        Article article = read("---\ntitle: Tin ngắn\n---\nNội dung.\n").article();

        assertThat(article).isNotNull();
        assertThat(article.channels()).containsExactlyInAnyOrder(Channel.values());
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.area()).isNull();
        assertThat(article.publishAt()).isNull();
        assertThat(article.slug()).isEqualTo("tin-ngan");
    }

    @Test
    void readsDatesWithoutOffsetInVietnamTimeAndOffsetsAsTheSameInstant() {
        assertThat(read("---\ntitle: A\npublish_at: 2026-03-02\n---\n")
                        .article()
                        .publishAt())
                .isEqualTo(OffsetDateTime.parse("2026-03-02T00:00+07:00"));
        assertThat(read("---\ntitle: A\npublish_at: 2026-03-02 09:15:00\n---\n")
                        .article()
                        .publishAt())
                .isEqualTo(OffsetDateTime.parse("2026-03-02T09:15+07:00"));
        assertThat(read("---\ntitle: A\npublish_at: 2026-03-02T01:00:00Z\n---\n")
                        .article()
                        .publishAt())
                .isEqualTo(OffsetDateTime.parse("2026-03-02T08:00+07:00"));
    }

    @Test
    void reportsAMissingTitleOnTheFirstLine() {
        ArticleReader.Result result = read("---\narea: the-che\n---\nBody\n");

        assertThat(result.article()).isNull();
        assertThat(problems(result)).containsExactly("articles/bai.md:1: title: missing: every article needs a title");
        assertThat(result.problems())
                .extracting(ContentProblem::reasonVi)
                .containsExactly("thiếu tiêu đề: mỗi bài viết cần có trường title");
    }

    @Test
    void reportsAnEmptyTitleOnItsLine() {
        assertThat(problems(read("---\narea: the-che\ntitle: \"  \"\n---\n")))
                .containsExactly("articles/bai.md:3: title: missing: every article needs a title");
    }

    @Test
    void reportsAnUnknownAreaWithTheValidIds() {
        List<String> problems = problems(read("---\ntitle: A\n\narea: cai-cach\n---\n"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0))
                .startsWith("articles/bai.md:4: area: unknown area \"cai-cach\"; expected one of: the-che, ")
                .contains("chinh-quyen-so", "chi-so");
        assertThat(read("---\ntitle: A\n\narea: y-te\n---\n").problems())
                .singleElement()
                .extracting(ContentProblem::reasonVi)
                .isEqualTo("lĩnh vực \"y-te\" không có; các lĩnh vực là: " + Area.ids());
    }

    @Test
    void reportsEachUnknownChannelOnItsOwnLine() {
        List<String> problems = problems(read("""
                ---
                title: A
                channels:
                  - website
                  - youtube
                  - tiktok
                ---
                """));

        assertThat(problems)
                .containsExactly(
                        "articles/bai.md:5: channels: unknown channel \"youtube\"; expected one of: website, facebook, zalo",
                        "articles/bai.md:6: channels: unknown channel \"tiktok\"; expected one of: website, facebook, zalo");
    }

    @Test
    void reportsABadDateQuotedWithTheExpectedForm() {
        assertThat(problems(read("---\ntitle: A\npublish_at: 02/03/2026\n---\n")))
                .containsExactly("articles/bai.md:3: publish_at: bad date \"02/03/2026\"; " + PublishTimes.EXPECTED);
        assertThat(read("---\ntitle: A\npublish_at: 02/03/2026\n---\n").problems())
                .extracting(ContentProblem::toVietnamese)
                .containsExactly("articles/bai.md:3: publish_at: ngày \"02/03/2026\" sai định dạng; dùng yyyy-MM-dd"
                        + " hoặc yyyy-MM-ddTHH:mm (giờ Việt Nam), ví dụ 2026-03-01 hoặc 2026-03-01T08:00");
    }

    @Test
    void reportsAMissingCoverImageOnTheCoverLine() {
        assertThat(problems(read("---\ntitle: A\ncover: img/khong-co.jpg\n---\n")))
                .containsExactly("articles/bai.md:3: cover: image \"img/khong-co.jpg\" not found"
                        + " (looked for articles/img/khong-co.jpg)");
    }

    @Test
    void reportsAMissingBodyImageOnItsLineOfTheFile() {
        ArticleReader.Result result = read("""
                ---
                title: A
                ---
                Đoạn một.

                Đoạn hai có ảnh ![thiếu](img/thieu.png) ở giữa.

                - mục
                - mục có ![ảnh](../img/chung.png) và ![khác](img/khac.png)
                """);

        assertThat(problems(result))
                .containsExactly(
                        "articles/bai.md:6: body: image \"img/thieu.png\" not found (looked for articles/img/thieu.png)",
                        "articles/bai.md:9: body: image \"img/khac.png\" not found (looked for articles/img/khac.png)");
    }

    @Test
    void refusesImagesThatAreNeitherRelativePathsNorHttpUrls() {
        List<String> problems = problems(read("""
                ---
                title: A
                cover: ../../etc/passwd
                ---
                ![x](data:image/png;base64,AAAA)
                ![y](/img/tuyet-doi.png)
                """));

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0))
                .startsWith("articles/bai.md:3: cover: image")
                .contains("outside the content");
        assertThat(problems.get(1)).startsWith("articles/bai.md:5: body: image").contains("http(s) URL");
        assertThat(problems.get(2)).startsWith("articles/bai.md:6: body: image").contains("relative to the article");
    }

    @Test
    void reportsAFrontMatterThatIsNotClosed() {
        ArticleReader.Result result = read("---\ntitle: A\n\nBody without the closing line\n");

        assertThat(result.article()).isNull();
        assertThat(problems(result))
                .containsExactly("articles/bai.md:1: front matter: not closed: the '---' on line 1 has no closing"
                        + " '---' line after the fields");
    }

    @Test
    void reportsAFileWithoutFrontMatter() {
        assertThat(problems(read("# Tiêu đề\n\nNội dung\n")))
                .singleElement()
                .asString()
                .startsWith("articles/bai.md:1: front matter: missing");
    }

    @Test
    void reportsBytesThatAreNotUtf8OnTheirLine() {
        byte[] utf8 = "---\ntitle: Cải cách\n---\nDòng 4\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Dòng 5 sai mã\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        System.arraycopy(latin1, 0, bytes, utf8.length, latin1.length);

        ArticleReader.Result result = reader.read("articles/bai.md", bytes);

        assertThat(result.article()).isNull();
        assertThat(problems(result))
                .containsExactly("articles/bai.md:5: file: not UTF-8: byte 0xF2 on this line is not valid UTF-8;"
                        + " save the file as UTF-8");
        assertThat(result.problems())
                .extracting(ContentProblem::reasonVi)
                .containsExactly(
                        "tệp không phải UTF-8: byte 0xF2 ở dòng này không hợp lệ; lưu lại tệp với bảng mã UTF-8");
    }

    @Test
    void acceptsAByteOrderMark() {
        byte[] text = "---\ntitle: Có BOM\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        assertThat(reader.read("articles/bai.md", bytes).article()).isNotNull();
    }

    @Test
    void reportsAnUnknownFieldAsAWarningAndKeepsTheArticle() {
        ArticleReader.Result result = read("---\ntitle: A\nsumary: Tóm tắt\n---\n");

        assertThat(result.article()).isNotNull();
        assertThat(problems(result))
                .singleElement()
                .asString()
                .startsWith("articles/bai.md:3: sumary: unknown field, ignored; did you mean summary? known fields:");
    }

    @Test
    void reportsWrongTypesOnTheValueLine() {
        List<String> problems = problems(read("""
                ---
                title:
                  - một
                  - hai
                tags: chuyển đổi số
                channels: {website: true}
                ---
                """));

        assertThat(problems)
                .containsExactly(
                        "articles/bai.md:3: title: wrong type: expected a single value, found a list",
                        "articles/bai.md:5: tags: wrong type: expected a list such as [a, b], found a single value",
                        "articles/bai.md:6: channels: wrong type: expected a list such as [a, b], found nested fields");
    }

    @Test
    void reportsInvalidYamlOnTheLineOfTheError() {
        List<String> problems = problems(read("---\ntitle: A\nsummary: \"không đóng\n---\n"));

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("articles/bai.md:")
                .contains(": front matter: invalid YAML");
    }

    @Test
    void reportsADuplicateFieldNamingTheFirstLine() {
        assertThat(problems(read("---\ntitle: A\nstatus: ready\ntitle: B\n---\n")))
                .containsExactly("articles/bai.md:4: title: duplicate field (first given on line 2)");
    }

    @Test
    void collectsEveryProblemOfTheFileInLineOrder() {
        ArticleReader.Result result = read("""
                ---
                area: y-te
                channels: [website, email]
                publish_at: mai
                status: published
                cover: img/khong.jpg
                foo: bar
                ---
                ![a](img/khong-co.jpg)
                """);

        assertThat(result.article()).isNull();
        assertThat(result.problems())
                .extracting(p -> p.line() + " " + p.field())
                .containsExactly(
                        "1 title", "2 area", "3 channels", "4 publish_at", "5 status", "6 cover", "7 foo", "9 body");
    }

    @Test
    void refusesAFrontMatterSlugThatIsNotASlug() {
        assertThat(problems(read("---\ntitle: A\nslug: Bài Viết\n---\n")))
                .containsExactly(
                        "articles/bai.md:3: slug: \"Bài Viết\" is not a slug; use lower-case letters, digits and"
                                + " hyphens, e.g. \"bai-viet\"");
    }

    @Test
    void usesAFrontMatterSlugAndItsLine() {
        ArticleReader.Result result = read("---\ntitle: A\nslug: lich-tiep-dan\n---\n");

        assertThat(result.article().slug()).isEqualTo("lich-tiep-dan");
        assertThat(result.slugLine()).isEqualTo(3);
    }

    @Test
    void normalisesDecomposedText() {
        String nfd = Normalizer.normalize("Chính quyền số", Normalizer.Form.NFD);
        Article article = read("---\ntitle: " + nfd + "\n---\n" + nfd + "\n").article();

        assertThat(article.title()).isEqualTo("Chính quyền số");
        assertThat(article.markdown()).isEqualTo("Chính quyền số\n");
    }
}
