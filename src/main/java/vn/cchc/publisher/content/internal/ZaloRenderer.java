package vn.cchc.publisher.content.internal;

import org.springframework.stereotype.Component;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ChannelRenderer;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.Links;
import vn.cchc.publisher.content.ZaloArticle;
import vn.cchc.publisher.shared.Channel;

/**
 * The Zalo OA version: an article of type {@code normal} whose body is text and image blocks.
 *
 * <p>Title, author and description are cut on a word boundary to Zalo's limits (150, 50 and 300 code
 * points, ellipsis included). The description is the summary, else the first paragraph, else the title.
 * The cover is the cover image, else the first image of the body; an article with no image at all gets a
 * cover with status {@code hide} and no photo, so Zalo shows no cover.
 */
@Component
class ZaloRenderer implements ChannelRenderer<ZaloArticle> {

    static final String SHOW = "show";
    static final String HIDE = "hide";

    private final String author;

    ZaloRenderer(ContentProperties properties) {
        this.author = TextLimits.cut(properties.author(), ZaloArticle.MAX_AUTHOR);
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public ZaloArticle render(Article article, Links links) {
        return render(ParsedArticle.of(article), links);
    }

    ZaloArticle render(ParsedArticle parsed, Links links) {
        Article article = parsed.article();
        var body = ZaloBlocks.of(parsed.document(), article.file(), links.mediaUrl());
        String description = parsed.lead() != null ? parsed.lead() : article.title();
        String coverUrl = article.cover() != null
                ? ImageRefs.urlOfStored(article.cover(), links.mediaUrl())
                : body.stream()
                        .filter(block -> block.url() != null)
                        .map(ZaloArticle.Block::url)
                        .findFirst()
                        .orElse(null);
        ZaloArticle.Cover cover = new ZaloArticle.Cover("photo", coverUrl, coverUrl == null ? HIDE : SHOW);
        return new ZaloArticle(
                "normal",
                TextLimits.cut(article.title(), ZaloArticle.MAX_TITLE),
                author,
                cover,
                TextLimits.cut(description, ZaloArticle.MAX_DESCRIPTION),
                body,
                SHOW,
                SHOW);
    }
}
