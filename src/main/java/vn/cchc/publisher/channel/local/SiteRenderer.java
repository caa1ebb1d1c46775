package vn.cchc.publisher.channel.local;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.channel.SitePage;
import vn.cchc.publisher.shared.Area;

/**
 * Fills the templates under {@code templates/site/}. Links between pages are relative (so the tree works
 * wherever it is served); the canonical link is absolute, from the base URL.
 */
final class SiteRenderer {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String HOME_HEADING = "Tin bài cải cách hành chính";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ITemplateEngine templates;
    private final SiteLayout layout;
    private final String siteName;

    SiteRenderer(ITemplateEngine templates, SiteLayout layout, String siteName) {
        this.templates = templates;
        this.layout = layout;
        this.siteName = siteName;
    }

    /** A link of the navigation or the breadcrumbs. */
    record Link(String title, String href, boolean current) {}

    /** An article as its page and the lists show it. */
    record Entry(
            String slug,
            String title,
            String href,
            String datetime,
            String date,
            @Nullable Area area,
            @Nullable String areaHref,
            @Nullable String excerpt,
            @Nullable String cover,
            @Nullable String coverSrc) {}

    /** The page of an article; {@code html} is the sanitised body, {@code showCover} when it lacks the cover. */
    String article(SitePage page, String html, List<String> tags, boolean showCover) {
        String path = SiteLayout.articlePath(page.slug());
        Context context = context(path, page.title() + " - " + siteName, page.excerpt(), null);
        context.setVariable("a", entry(page, root(path)));
        context.setVariable("html", html);
        context.setVariable("tags", tags);
        context.setVariable("showCover", showCover && page.cover() != null);
        return templates.process("site/article", context);
    }

    /** The home page ({@code area} null) or the index of one area. */
    String list(@Nullable Area area, List<SitePage> pages) {
        String path = area == null ? SiteLayout.homePath() : SiteLayout.areaPath(area);
        String heading = area == null ? HOME_HEADING : area.title();
        Context context = context(path, area == null ? siteName : heading + " - " + siteName, null, area);
        context.setVariable("heading", heading);
        context.setVariable(
                "entries", pages.stream().map(p -> entry(p, root(path))).toList());
        return templates.process("site/list", context);
    }

    /** A page made of a title and an escaped HTML fragment, such as the TTHC pages. */
    String page(String path, String heading, String body, List<Link> crumbs) {
        Context context = context(path, heading + " - " + siteName, null, null);
        context.setVariable("heading", heading);
        context.setVariable("body", body);
        context.setVariable("crumbs", crumbs);
        return templates.process("site/page", context);
    }

    /** The relative link from the page at {@code fromPath} to the page at {@code toPath}. */
    static String href(String fromPath, String toPath) {
        return root(fromPath) + toPath;
    }

    /** The variables of every page; {@code current} is the area whose index this page is. */
    private Context context(String path, String title, @Nullable String description, @Nullable Area current) {
        String root = root(path);
        Context context = new Context(VIETNAMESE);
        context.setVariable("siteName", siteName);
        context.setVariable("title", title);
        context.setVariable("description", description);
        context.setVariable("canonical", layout.url(path));
        context.setVariable("stylesheet", root + SiteLayout.stylesheetPath());
        context.setVariable("home", new Link("Trang chủ", root.isEmpty() ? "./" : root, path.isEmpty()));
        context.setVariable(
                "tthc",
                new Link(
                        "Danh mục thủ tục hành chính",
                        root + SiteLayout.tthcListingPath(),
                        path.startsWith(SiteLayout.tthcListingPath())));
        context.setVariable(
                "areas",
                Arrays.stream(Area.values())
                        .filter(Area::isReformArea)
                        .map(a -> new Link(a.title(), root + SiteLayout.areaPath(a), a == current))
                        .toList());
        return context;
    }

    private Entry entry(SitePage page, String root) {
        OffsetDateTime local = page.publishedAt().atZoneSameInstant(ZONE).toOffsetDateTime();
        Area area = page.area();
        String cover = page.cover();
        return new Entry(
                page.slug(),
                page.title(),
                root + SiteLayout.articlePath(page.slug()),
                DATETIME.format(local),
                DATE.format(local),
                area,
                area == null ? null : root + SiteLayout.areaPath(area),
                page.excerpt(),
                cover,
                cover == null || SiteMedia.isRemote(cover) ? cover : root + SiteLayout.mediaPath(cover));
    }

    /** The relative link from a page to the site root: {@code ""} from the home page, {@code ../../} from an article. */
    private static String root(String path) {
        Objects.requireNonNull(path);
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
