package vn.cchc.publisher.channel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.WebsitePage;

/**
 * The built-in static website: HTML pages written under a directory ({@code cchc.site.dir}, by default
 * {@code data/site/}) in the {@link SiteLayout}, which the service itself serves at {@code /site/}.
 *
 * <p>Render an article with {@code layout().linksFor(article)} so that its image addresses point at this
 * site, then {@link #publish} it. Every write is atomic (a temporary file moved into place), and the home
 * page and the reform-area indexes are rewritten after each change, so the site is always whole. The
 * methods are safe to call from several threads. Arguments are never null.
 */
public interface LocalSite {

    /** The site's URL layout, with its public base URL. */
    SiteLayout layout();

    /** The directory the pages are written to. */
    Path directory();

    /**
     * Writes (or replaces) the article's page, copies its images from the content directory to
     * {@code media/}, and updates the home page and area indexes. The page's date is the article's
     * {@code publish_at}; without one, the date of the page already published under this slug, else now.
     *
     * @throws IllegalArgumentException if the slug is not a slug, {@code page} belongs to another article,
     *     or an image is missing or lies outside the content directory
     * @throws java.io.UncheckedIOException if the site cannot be written
     */
    SitePage publish(Article article, WebsitePage page);

    /**
     * Writes the TTHC listing and one page per procedure, and removes the pages of procedures no longer
     * listed.
     *
     * @throws IllegalArgumentException if a code is malformed or given twice
     */
    void publishTthc(List<TthcProcedure> procedures);

    /** The article page published under {@code slug}, read from the disk; empty if there is none. */
    Optional<SitePage> find(String slug);

    /** Every article page, newest first. */
    List<SitePage> pages();

    /**
     * Removes the article page published under {@code slug} and updates the indexes. Its images stay, as
     * other pages may use them.
     *
     * @return true if there was such a page
     */
    boolean remove(String slug);

    /**
     * Reads every article page again from the disk and rewrites the home page, the area indexes and the
     * stylesheet (and an empty TTHC listing if there is none yet), for example at start-up.
     */
    void rebuildIndexes();
}
