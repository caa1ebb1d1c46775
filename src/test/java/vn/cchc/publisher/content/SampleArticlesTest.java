package vn.cchc.publisher.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.shared.Slugs;

/**
 * The sample articles in {@code content/articles/} have valid front matter, existing small images, and
 * cover the six reform areas. The article parser lives elsewhere; this reads the front matter with
 * SnakeYAML's node API so that dates stay text.
 */
class SampleArticlesTest {

    private static final Path ARTICLES = Path.of("content/articles");
    private static final Set<String> FIELDS =
            Set.of("title", "slug", "area", "target", "channels", "publish_at", "summary", "cover", "tags", "status");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final long MAX_IMAGE_BYTES = 60 * 1024;

    record Sample(Path file, Map<String, Node> frontMatter, String body) {

        String text(String field) {
            Node node = frontMatter.get(field);
            return node instanceof ScalarNode scalar ? scalar.getValue() : "";
        }

        List<String> list(String field) {
            Node node = frontMatter.get(field);
            if (!(node instanceof SequenceNode sequence)) {
                return List.of();
            }
            return sequence.getValue().stream()
                    .map(n -> ((ScalarNode) n).getValue())
                    .toList();
        }

        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    static List<Sample> samples() throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                samples.add(read(file));
            }
        }
        return samples;
    }

    private static Sample read(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file + " starts with front matter").startsWith("---\n");
        int end = text.indexOf("\n---\n", 4);
        assertThat(end).as(file + " closes its front matter").isPositive();
        Node root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .compose(new StringReader(text.substring(4, end + 1)));
        assertThat(root).as(file.toString()).isInstanceOf(MappingNode.class);
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) root).getValue()) {
            fields.put(((ScalarNode) tuple.getKeyNode()).getValue(), tuple.getValueNode());
        }
        return new Sample(file, fields, text.substring(end + 5));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void hasValidFrontMatter(Sample sample) {
        assertThat(FIELDS).as("known fields").containsAll(sample.frontMatter().keySet());
        assertThat(sample.text("title")).isNotBlank();
        assertThat(Area.byId(sample.text("area"))).as("area").isPresent();
        assertThat(sample.text("status")).isIn("draft", "ready");
        assertThat(sample.text("summary")).isNotBlank().hasSizeLessThanOrEqualTo(ZaloArticle.MAX_DESCRIPTION);
        assertThat(OffsetDateTime.parse(sample.text("publish_at")).getYear()).isEqualTo(2026);
        assertThat(sample.list("tags")).isNotEmpty();
        assertThat(sample.list("channels"))
                .allSatisfy(c -> assertThat(Channel.byId(c)).isPresent());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void hasItsImagesBesideItAndSmall(Sample sample) throws IOException {
        List<String> images = new ArrayList<>();
        images.add(sample.text("cover"));
        Matcher matcher = IMAGE.matcher(sample.body());
        while (matcher.find()) {
            images.add(matcher.group(1));
        }
        for (String image : images) {
            Path file = sample.file().resolveSibling(image);
            assertThat(file).as(image).isRegularFile();
            assertThat(Files.size(file)).as(image).isLessThanOrEqualTo(MAX_IMAGE_BYTES);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isAFullArticleInComposedVietnamese(Sample sample) throws IOException {
        String text = Files.readString(sample.file());
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("NFC").isTrue();
        assertThat(sample.body().split("\\s+")).hasSizeBetween(250, 500);
    }

    @Test
    void coverEveryReformAreaWithDistinctSlugsMostlyReady() throws IOException {
        List<Sample> samples = samples();
        Set<Area> areas = EnumSet.noneOf(Area.class);
        Set<String> slugs = new HashSet<>();
        samples.forEach(s -> {
            areas.add(Area.byId(s.text("area")).orElseThrow());
            assertThat(slugs.add(Slugs.of(s.text("title")))).as(s + " slug").isTrue();
        });

        assertThat(areas)
                .containsAll(EnumSet.of(
                        Area.THE_CHE,
                        Area.THU_TUC_HANH_CHINH,
                        Area.TO_CHUC_BO_MAY,
                        Area.CHE_DO_CONG_VU,
                        Area.TAI_CHINH_CONG,
                        Area.CHINH_QUYEN_SO));
        assertThat(samples.stream().filter(s -> s.text("status").equals("ready")))
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void everyImageIsUsed() throws IOException {
        Set<String> used = new HashSet<>();
        for (Sample sample : samples()) {
            used.add(sample.text("cover"));
            Matcher matcher = IMAGE.matcher(sample.body());
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        try (Stream<Path> images = Files.list(ARTICLES.resolve("img"))) {
            assertThat(images.map(p -> "img/" + p.getFileName()))
                    .allSatisfy(image -> assertThat(used).contains(image));
        }
    }
}
