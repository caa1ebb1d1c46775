package vn.cchc.publisher.content.tthc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.TestTemplates;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.internal.TthcSource.Result;

/** The sample catalogue shipped in {@code content/tthc/} is valid and says it is an example. */
class SampleCatalogueTest {

    private static final Path CONTENT = Path.of("content");
    private static final String EXAMPLE_MARK = "VÍ DỤ MINH HỌA";

    private final Result catalogue = new YamlTthcSource().read(CONTENT);

    @Test
    void isValidAndHasAtLeastEightProceduresInSeveralFields() {
        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.procedures()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(catalogue.procedures().stream().map(TthcProcedure::field).distinct())
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void marksEveryFileAndTheFolderAsAnExample() throws IOException {
        assertThat(Files.readString(CONTENT.resolve("tthc/README.md"))).contains(EXAMPLE_MARK);
        try (Stream<Path> files = Files.list(CONTENT.resolve("tthc"))) {
            List<Path> records =
                    files.filter(f -> f.toString().endsWith(".yaml")).toList();
            assertThat(records).hasSameSizeAs(catalogue.procedures());
            for (Path record : records) {
                String text = Files.readString(record);
                assertThat(text).as(record.toString()).startsWith("# " + EXAMPLE_MARK);
                assertThat(text).as(record.toString()).contains("\nnote: Ví dụ minh họa");
            }
        }
    }

    @Test
    void rendersAListingWithEveryCode() {
        ThymeleafTthcPages pages =
                new ThymeleafTthcPages(TestTemplates.engine(), new TthcProperties(TthcProperties.DEFAULT_PORTAL_URL));

        Document listing = Jsoup.parseBodyFragment(
                pages.listing(catalogue.procedures(), code -> code + "/").html());

        assertThat(listing.select("td.tthc-code").eachText())
                .containsExactlyElementsOf(
                        catalogue.procedures().stream().map(TthcProcedure::code).toList());
    }
}
