package vn.cchc.publisher.content.internal;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.Links;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.shared.Slugs;

/** Articles for renderer tests, built directly rather than read from files. */
record TestArticles(
        String title,
        String markdown,
        @Nullable String summary,
        @Nullable String cover,
        @Nullable Area area,
        List<String> tags,
        List<String> images,
        String hash) {

    static final Links LINKS =
            new Links("https://ttyt.example.vn/tin-bai/bai-mau/", path -> "https://ttyt.example.vn/media/" + path);

    static TestArticles article(String title, String markdown) {
        return new TestArticles(title, markdown, null, null, null, List.of(), List.of(), "hash-1");
    }

    TestArticles summary(String value) {
        return new TestArticles(title, markdown, value, cover, area, tags, images, hash);
    }

    TestArticles cover(String value) {
        return new TestArticles(title, markdown, summary, value, area, tags, images, hash);
    }

    TestArticles area(Area value) {
        return new TestArticles(title, markdown, summary, cover, value, tags, images, hash);
    }

    TestArticles tags(String... values) {
        return new TestArticles(title, markdown, summary, cover, area, List.of(values), images, hash);
    }

    TestArticles images(String... values) {
        return new TestArticles(title, markdown, summary, cover, area, tags, List.of(values), hash);
    }

    TestArticles hash(String value) {
        return new TestArticles(title, markdown, summary, cover, area, tags, images, value);
    }

    TestArticles markdown(String value) {
        return new TestArticles(title, value, summary, cover, area, tags, images, hash);
    }

    Article build() {
        return new Article(
                "articles/bai-mau.md",
                Slugs.of(title),
                title,
                area,
                null,
                EnumSet.allOf(Channel.class),
                null,
                summary,
                cover,
                tags,
                ArticleStatus.READY,
                markdown,
                4,
                hash,
                images);
    }
}
