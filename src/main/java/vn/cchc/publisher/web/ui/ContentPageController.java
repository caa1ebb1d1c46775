package vn.cchc.publisher.web.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.content.Draft;
import vn.cchc.publisher.content.Drafts;
import vn.cchc.publisher.shared.Channel;

/**
 * {@code GET /content}: the articles and the problems of the content files; {@code GET
 * /content/preview?file=…}: one article as the website, Facebook and Zalo show it.
 */
@Controller
class ContentPageController {

    private final ContentCatalog catalog;
    private final Drafts drafts;
    private final ArticlePlans plans;
    private final SiteLayout site;

    ContentPageController(
            ContentCatalog catalog,
            Drafts drafts,
            ArticlePlans plans,
            @Value("${cchc.site.base-url:http://localhost:8080/site}") String siteUrl) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.plans = plans;
        this.site = new SiteLayout(siteUrl);
    }

    @GetMapping("/content")
    String content(Model model) {
        ContentSnapshot snapshot = catalog.load();
        model.addAttribute("articles", snapshot.articles());
        model.addAttribute("problems", snapshot.problems());
        model.addAttribute("allChannels", Channel.values());
        return "ui/content";
    }

    /** Only files of the content snapshot are previewed: the parameter never names a path to read. */
    @GetMapping("/content/preview")
    String preview(@RequestParam String file, Model model) {
        Article article = catalog.load().articles().stream()
                .filter(a -> a.file().equals(file))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có bài viết " + file));
        Draft draft = drafts.draft(article, site.linksFor(article));
        model.addAttribute("article", article);
        model.addAttribute("draft", draft);
        model.addAttribute("pageName", pageName(article));
        return "ui/preview";
    }

    /** The unit whose plan has the article's target, else the first unit: the Page and OA name. */
    private String pageName(Article article) {
        return plans.planOf(article).map(plan -> plan.unit().name()).orElse("Trang của đơn vị");
    }
}
