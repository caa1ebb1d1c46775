package vn.cchc.publisher.content.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ChannelRenderer;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.FacebookPost;
import vn.cchc.publisher.content.Links;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

/**
 * The Facebook Page version: plain text made of the title, the summary (or first paragraph), the link to
 * the website article and the hashtags, within the Graph API's message limit.
 */
@Component
class FacebookRenderer implements ChannelRenderer<FacebookPost> {

    /** The Graph API's limit for a post message, in characters. */
    static final int MAX_MESSAGE = 63_206;

    private static final Map<Area, String> AREA_HASHTAGS = areaHashtags();

    private final List<String> unitHashtags;

    private static final int MAX_REMEMBERED_TAGS = 2_000;

    /** Hashtags of the tags seen so far: a unit uses a few dozen tags over and over. */
    private final Map<String, String> tagHashtags = new ConcurrentHashMap<>();

    FacebookRenderer(ContentProperties properties) {
        this.unitHashtags = properties.hashtags().stream().map(Hashtags::of).toList();
    }

    @Override
    public Channel channel() {
        return Channel.FACEBOOK;
    }

    @Override
    public FacebookPost render(Article article, Links links) {
        return render(ParsedArticle.of(article), links);
    }

    FacebookPost render(ParsedArticle parsed, Links links) {
        Article article = parsed.article();
        String text = parsed.lead();
        String head = text == null ? article.title() : article.title() + "\n\n" + text;
        String tail = "\n\n" + links.articleUrl();
        String hashtags = Hashtags.join(hashtags(article));
        if (!hashtags.isEmpty()) {
            tail += "\n\n" + hashtags;
        }
        int room = MAX_MESSAGE - TextLimits.length(tail);
        String message = room > 1 ? TextLimits.cut(head, room) + tail : TextLimits.cut(head + tail, MAX_MESSAGE);
        String coverUrl = article.cover() == null ? null : ImageRefs.urlOfStored(article.cover(), links.mediaUrl());
        return new FacebookPost(message, links.articleUrl(), coverUrl);
    }

    /** The area's hashtag, then the article's tags, then the unit's hashtags. */
    private List<String> hashtags(Article article) {
        List<String> hashtags = new ArrayList<>();
        if (article.area() != null) {
            hashtags.add(AREA_HASHTAGS.get(article.area()));
        }
        article.tags().forEach(tag -> hashtags.add(hashtagOf(tag)));
        hashtags.addAll(unitHashtags);
        return hashtags;
    }

    private String hashtagOf(String tag) {
        String known = tagHashtags.get(tag);
        if (known != null) {
            return known;
        }
        String hashtag = Hashtags.of(tag);
        if (tagHashtags.size() < MAX_REMEMBERED_TAGS) {
            tagHashtags.put(tag, hashtag);
        }
        return hashtag;
    }

    private static Map<Area, String> areaHashtags() {
        Map<Area, String> hashtags = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            hashtags.put(area, Hashtags.of(area.title()));
        }
        return hashtags;
    }
}
