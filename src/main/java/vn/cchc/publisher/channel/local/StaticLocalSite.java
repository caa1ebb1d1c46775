package vn.cchc.publisher.channel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.channel.SitePage;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.TthcPages;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Area;

/**
 * The local site on the file system. The pages on disk are the only record: the list of article pages is
 * read from them once and then kept up to date by this class. One lock serialises every operation.
 */
@Component
class StaticLocalSite implements LocalSite {

    private static final Logger log = LoggerFactory.getLogger(StaticLocalSite.class);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,199}");
    private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");
    private static final Comparator<SitePage> NEWEST_FIRST =
            Comparator.comparing(SitePage::publishedAt).reversed().thenComparing(SitePage::slug);

    private final SiteLayout layout;
    private final SiteFiles files;
    private final SiteRenderer renderer;
    private final ArticlePageReader reader;
    private final SiteMedia media;
    private final TthcPages tthcPages;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable Map<String, SitePage> index;

    StaticLocalSite(
            SiteProperties properties,
            ContentProperties content,
            ITemplateEngine templates,
            TthcPages tthcPages,
            ObjectProvider<Clock> clock) {
        this.layout = new SiteLayout(properties.baseUrl());
        this.files = new SiteFiles(properties.dir());
        this.renderer = new SiteRenderer(templates, layout, properties.name());
        this.reader = new ArticlePageReader(layout);
        this.media = new SiteMedia(content.dir(), files);
        this.tthcPages = tthcPages;
        this.clock = clock.getIfAvailable(() -> Clock.system(SiteRenderer.ZONE));
    }

    @Override
    public SiteLayout layout() {
        return layout;
    }

    @Override
    public Path directory() {
        return files.root();
    }

    @Override
    public SitePage publish(Article article, WebsitePage page) {
        String slug = checkSlug(article.slug());
        if (!page.slug().equals(slug)) {
            throw new IllegalArgumentException(
                    "the website page " + page.slug() + " is not the rendition of " + article.file());
        }
        Set<String> images = new LinkedHashSet<>(page.images());
        String cover = article.cover();
        if (cover != null && !SiteMedia.isRemote(cover)) {
            images.add(cover);
        }
        lock.lock();
        try {
            media.copy(images, article.file());
            OffsetDateTime publishedAt = article.publishAt() != null
                    ? article.publishAt()
                    : findLocked(slug).map(SitePage::publishedAt).orElseGet(() -> OffsetDateTime.now(clock));
            SitePage sitePage = new SitePage(
                    slug,
                    page.title(),
                    layout.url(SiteLayout.articlePath(slug)),
                    publishedAt,
                    article.area(),
                    page.excerpt(),
                    article.cover());
            boolean bodyHasCover = cover != null
                    && page.html().contains(SiteMedia.isRemote(cover) ? cover : SiteLayout.mediaPath(cover));
            files.write(
                    SiteLayout.articlePath(slug) + "index.html",
                    renderer.article(sitePage, page.html(), article.tags(), !bodyHasCover));
            index().put(slug, sitePage);
            writeIndexes();
            log.info("Published {} to the local site at {}", article.file(), sitePage.url());
            return sitePage;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void publishTthc(List<TthcProcedure> procedures) {
        Set<String> codes = new HashSet<>();
        for (TthcProcedure procedure : procedures) {
            if (!CODE.matcher(procedure.code()).matches()) {
                throw new IllegalArgumentException("not a procedure code: " + procedure.code());
            }
            if (!codes.add(procedure.code())) {
                throw new IllegalArgumentException("procedure code given twice: " + procedure.code());
            }
        }
        lock.lock();
        try {
            writeTthc(procedures);
            for (String dir : files.directories(SiteLayout.tthcListingPath())) {
                if (CODE.matcher(dir).matches() && !codes.contains(dir)) {
                    files.deleteTree(SiteLayout.tthcPath(dir));
                }
            }
            log.info("Published the TTHC listing with {} procedures to the local site", procedures.size());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<SitePage> find(String slug) {
        checkSlug(slug);
        lock.lock();
        try {
            return findLocked(slug);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<SitePage> pages() {
        lock.lock();
        try {
            return newestFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean remove(String slug) {
        checkSlug(slug);
        lock.lock();
        try {
            boolean existed = files.exists(SiteLayout.articlePath(slug));
            files.deleteTree(SiteLayout.articlePath(slug));
            index().remove(slug);
            writeIndexes();
            if (existed) {
                log.info("Removed {} from the local site", SiteLayout.articlePath(slug));
            }
            return existed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void rebuildIndexes() {
        lock.lock();
        try {
            index = null;
            writeIndexes();
        } finally {
            lock.unlock();
        }
    }

    private Optional<SitePage> findLocked(String slug) {
        return files.read(SiteLayout.articlePath(slug) + "index.html").flatMap(html -> reader.read(slug, html));
    }

    /** The article pages by slug, read from the disk the first time. */
    private Map<String, SitePage> index() {
        if (index == null) {
            Map<String, SitePage> pages = new HashMap<>();
            for (String slug : files.directories(SiteLayout.articlesPath())) {
                if (SLUG.matcher(slug).matches()) {
                    findLocked(slug).ifPresent(page -> pages.put(slug, page));
                }
            }
            index = pages;
        }
        return index;
    }

    private List<SitePage> newestFirst() {
        return index().values().stream().sorted(NEWEST_FIRST).toList();
    }

    private void writeIndexes() {
        List<SitePage> pages = newestFirst();
        files.write("index.html", renderer.list(null, pages));
        Map<Area, List<SitePage>> byArea = new HashMap<>();
        pages.stream()
                .filter(p -> p.area() != null)
                .forEach(p ->
                        byArea.computeIfAbsent(p.area(), a -> new ArrayList<>()).add(p));
        for (Area area : Area.values()) {
            List<SitePage> inArea = byArea.getOrDefault(area, List.of());
            if (inArea.isEmpty() && !area.isReformArea()) {
                files.deleteTree(SiteLayout.areaPath(area));
            } else {
                files.write(SiteLayout.areaPath(area) + "index.html", renderer.list(area, inArea));
            }
        }
        if (!files.exists(SiteLayout.tthcListingPath() + "index.html")) {
            writeTthc(List.of());
        }
        files.write(SiteLayout.stylesheetPath(), stylesheet());
    }

    private void writeTthc(List<TthcProcedure> procedures) {
        String listingPath = SiteLayout.tthcListingPath();
        var listing = tthcPages.listing(procedures, code -> code + "/");
        files.write(
                listingPath + "index.html",
                renderer.page(listingPath, listing.title(), listing.html(), crumbs(listingPath, false)));
        for (TthcProcedure procedure : procedures) {
            String path = SiteLayout.tthcPath(procedure.code());
            var page = tthcPages.procedure(procedure);
            files.write(path + "index.html", renderer.page(path, page.title(), page.html(), crumbs(path, true)));
        }
    }

    private static List<SiteRenderer.Link> crumbs(String path, boolean withListing) {
        List<SiteRenderer.Link> crumbs = new ArrayList<>();
        crumbs.add(new SiteRenderer.Link("Trang chủ", SiteRenderer.href(path, SiteLayout.homePath()), false));
        if (withListing) {
            crumbs.add(new SiteRenderer.Link(
                    TthcPages.LISTING_TITLE, SiteRenderer.href(path, SiteLayout.tthcListingPath()), false));
        }
        return crumbs;
    }

    private static byte[] stylesheet() {
        try (var in = new ClassPathResource("templates/site/site.css").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the stylesheet templates/site/site.css is missing", e);
        }
    }

    private static String checkSlug(@Nullable String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "not a slug: '" + slug + "'; slugs are lower-case letters, digits, '-' and '_'");
        }
        return slug;
    }
}
