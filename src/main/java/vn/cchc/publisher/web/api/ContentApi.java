package vn.cchc.publisher.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.content.Draft;
import vn.cchc.publisher.content.Drafts;
import vn.cchc.publisher.shared.Channel;

/** The content directory: its articles and problems, and one article as a channel would receive it. */
@RestController
@RequestMapping("/api/content")
@Tag(name = "Content", description = "Bài viết và lỗi nội dung / articles, their problems and previews")
class ContentApi {

    private final ContentCatalog catalog;
    private final Drafts drafts;
    private final SiteLayout site;

    ContentApi(
            ContentCatalog catalog,
            Drafts drafts,
            @Value("${cchc.site.base-url:http://localhost:8080/site}") String siteBaseUrl) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.site = new SiteLayout(siteBaseUrl);
    }

    /** @param status {@code draft} or {@code ready} */
    record ArticleJson(
            String file,
            String slug,
            String title,
            @Nullable String area,
            @Nullable String target,
            List<String> channels,
            @Nullable OffsetDateTime publishAt,
            String status,
            String contentHash) {

        static ArticleJson of(Article a) {
            return new ArticleJson(
                    a.file(),
                    a.slug(),
                    a.title(),
                    a.area() == null ? null : a.area().id(),
                    a.target(),
                    a.channels().stream().sorted().map(Channel::id).toList(),
                    a.publishAt(),
                    a.status().name().toLowerCase(Locale.ROOT),
                    a.contentHash());
        }
    }

    /**
     * One problem: the file (relative to the content directory), its line, the field and what is wrong.
     *
     * @param message what is wrong and how to fix it, in Vietnamese
     * @param messageEn the same in English, as the logs show it
     */
    record ProblemJson(String file, int line, String field, String message, String messageEn) {

        static ProblemJson of(ContentProblem p) {
            return new ProblemJson(p.file(), p.line(), p.field(), p.reasonVi(), p.reason());
        }
    }

    /** The valid articles, how many TTHC procedures are valid, and every problem found. */
    record ContentJson(List<ArticleJson> articles, int procedures, List<ProblemJson> problems) {}

    /**
     * One article rendered for one channel.
     *
     * @param rendition the website page, the Facebook post or the Zalo article, as the channel gets it
     */
    record PreviewJson(String file, String channel, Object rendition) {}

    @GetMapping
    @Operation(summary = "Bài viết và lỗi / the articles and the problems of the content directory")
    ContentJson content() {
        ContentSnapshot snapshot = catalog.load();
        return new ContentJson(
                snapshot.articles().stream().map(ArticleJson::of).toList(),
                snapshot.procedures().size(),
                snapshot.problems().stream().map(ProblemJson::of).toList());
    }

    @GetMapping("/preview")
    @Operation(
            summary = "Xem trước theo kênh / one article as a channel receives it",
            description = "channel: website (HTML page), facebook (message, link) or zalo (the Zalo article JSON)."
                    + " Links point to the built-in site.")
    PreviewJson preview(@RequestParam String file, @RequestParam String channel) {
        Channel wanted = ApiException.channel("channel", channel);
        String name = file.trim().replace('\\', '/');
        Article article = catalog.load().articles().stream()
                .filter(a -> name.equals(a.file()) || name.endsWith("/" + a.file()))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound(
                        "Không có bài hợp lệ " + file + " trong thư mục nội dung (xem GET /api/content)."));
        Draft draft = drafts.draft(article, site.linksFor(article));
        Object rendition = switch (wanted) {
            case WEBSITE -> draft.website();
            case FACEBOOK -> draft.facebook();
            case ZALO -> draft.zalo();
        };
        return new PreviewJson(article.file(), wanted.id(), rendition);
    }
}
