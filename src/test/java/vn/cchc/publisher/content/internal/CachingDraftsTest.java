package vn.cchc.publisher.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.content.internal.TestArticles.LINKS;
import static vn.cchc.publisher.content.internal.TestArticles.article;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.Draft;
import vn.cchc.publisher.content.Links;

class CachingDraftsTest {

    private final ContentProperties properties = new ContentProperties(Path.of("content"), "TTYT", List.of());
    private final CachingDrafts drafts =
            new CachingDrafts(new WebsiteRenderer(), new FacebookRenderer(properties), new ZaloRenderer(properties));

    @Test
    void returnsTheSameRenderForTheSameFileContent() {
        Draft first = drafts.draft(article("A", "Nội dung.").hash("h1").build(), LINKS);
        Draft second = drafts.draft(article("A", "Nội dung.").hash("h1").build(), LINKS);

        assertThat(second).isSameAs(first);
    }

    @Test
    void rendersAgainWhenTheFileWasEdited() {
        Draft before = drafts.draft(article("A", "Bản cũ.").hash("h1").build(), LINKS);
        Draft after = drafts.draft(article("A", "Bản mới.").hash("h2").build(), LINKS);

        assertThat(after).isNotSameAs(before);
        assertThat(after.website().html()).isEqualTo("<p>Bản mới.</p>");
        assertThat(after.facebook().message()).contains("Bản mới.");
        assertThat(after.zalo().description()).isEqualTo("Bản mới.");
    }

    @Test
    void rendersAgainForOtherLinks() {
        Links other = new Links("https://khac.example/tin-bai/a/", path -> "https://khac.example/" + path);

        Draft local = drafts.draft(article("A", "Nội dung.").build(), LINKS);
        Draft elsewhere = drafts.draft(article("A", "Nội dung.").build(), other);

        assertThat(elsewhere).isNotSameAs(local);
        assertThat(elsewhere.facebook().link()).isEqualTo("https://khac.example/tin-bai/a/");
    }
}
