package vn.cchc.publisher.publishing.internal;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.Draft;
import vn.cchc.publisher.content.Drafts;
import vn.cchc.publisher.content.Links;

/**
 * Builds what an adapter sends: the article rendered with the site's links. Image URLs are the local
 * site's (distinct per image, which is what WordPress needs for its placeholders); the article URL is the
 * website post's own once it is known, so Facebook and Zalo link to where the article really is.
 */
class Renditions {

    private final Drafts drafts;
    private final SiteLayout layout;
    private final Path contentDir;

    Renditions(Drafts drafts, SiteLayout layout, Path contentDir) {
        this.drafts = drafts;
        this.layout = layout;
        this.contentDir = contentDir;
    }

    <R> PublishRequest<R> request(
            ChannelAdapter<R> adapter, Article article, @Nullable String websiteUrl, Instant date) {
        Links site = layout.linksFor(article);
        Links links = websiteUrl == null || websiteUrl.isBlank() ? site : new Links(websiteUrl, site.mediaUrl());
        Draft draft = drafts.draft(article, links);
        Class<R> type = adapter.renditionType();
        Object rendition;
        if (type.isInstance(draft.website())) {
            rendition = draft.website();
        } else if (type.isInstance(draft.facebook())) {
            rendition = draft.facebook();
        } else if (type.isInstance(draft.zalo())) {
            rendition = draft.zalo();
        } else {
            throw new IllegalArgumentException(
                    "adapter " + adapter.name() + " takes " + type.getSimpleName() + ", which no renderer makes");
        }
        return new PublishRequest<>(article, type.cast(rendition), links, contentDir, date);
    }
}
