package vn.cchc.publisher.content.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.Draft;
import vn.cchc.publisher.content.Drafts;
import vn.cchc.publisher.content.Links;

/**
 * Renders an article for every channel from one parse of its markdown, and keeps the result in a Caffeine
 * cache keyed by the file's content hash, the file and the article URL: an edited file has a new hash and
 * is rendered again; other links (another site) give another entry. The oldest unused entries are evicted
 * past {@link #MAXIMUM_SIZE}.
 */
@Component
class CachingDrafts implements Drafts {

    /** Renders kept; a unit has a few hundred articles at most. */
    static final long MAXIMUM_SIZE = 500;

    private record Key(String contentHash, String file, String articleUrl) {}

    private final WebsiteRenderer website;
    private final FacebookRenderer facebook;
    private final ZaloRenderer zalo;
    private final Cache<Key, Draft> cache =
            Caffeine.newBuilder().maximumSize(MAXIMUM_SIZE).build();

    CachingDrafts(WebsiteRenderer website, FacebookRenderer facebook, ZaloRenderer zalo) {
        this.website = website;
        this.facebook = facebook;
        this.zalo = zalo;
    }

    @Override
    public Draft draft(Article article, Links links) {
        Key key = new Key(article.contentHash(), article.file(), links.articleUrl());
        return cache.get(key, k -> render(article, links));
    }

    private Draft render(Article article, Links links) {
        ParsedArticle parsed = ParsedArticle.of(article);
        return new Draft(
                article, website.render(parsed, links), facebook.render(parsed, links), zalo.render(parsed, links));
    }
}
