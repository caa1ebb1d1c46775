package vn.cchc.publisher.content.internal;

import org.springframework.stereotype.Component;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ChannelRenderer;
import vn.cchc.publisher.content.Links;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Channel;

/** The website version: the body as sanitised HTML, the excerpt, and the images to upload. */
@Component
class WebsiteRenderer implements ChannelRenderer<WebsitePage> {

    @Override
    public Channel channel() {
        return Channel.WEBSITE;
    }

    @Override
    public WebsitePage render(Article article, Links links) {
        return render(ParsedArticle.of(article), links);
    }

    WebsitePage render(ParsedArticle parsed, Links links) {
        Article article = parsed.article();
        String html = MarkdownHtml.render(
                parsed.document(), article.markdown().length(), article.file(), links.articleUrl(), links.mediaUrl());
        return new WebsitePage(article.slug(), article.title(), html, parsed.lead(), article.images());
    }
}
