package vn.cchc.publisher.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.internal.TthcSource;

/**
 * Times rendering 1,000 generated articles of about 1,500 words: the bare library (commonmark parse and
 * HTML render, with the same tables extension) against our three channel renderers as {@link Drafts}
 * runs them on a cache miss (one parse, then website HTML with sanitising, Facebook text and Zalo blocks).
 * Writes {@code target/bench/render.txt}. Run with {@code ./mvnw -Pbench -Dtest=RenderBenchmark test}.
 */
class RenderBenchmark {

    private static final int ARTICLES = 1_000;
    private static final int WARM_UP_PASSES = 5;
    private static final int MEASURED_PASSES = 9;
    private static final int CHUNK = 50;

    @Test
    void rendersArticles() throws IOException {
        List<Article> articles = BenchmarkArticles.generate(ARTICLES, 20_260_301L);
        int words = articles.stream()
                .mapToInt(a -> BenchmarkArticles.words(a.markdown()))
                .sum();
        var extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer html = HtmlRenderer.builder().extensions(extensions).build();

        try (AnnotationConfigApplicationContext context = contentModule()) {
            Drafts drafts = context.getBean(Drafts.class);
            int[] pass = {0};
            ToIntFunction<Article> bare =
                    a -> html.render(parser.parse(a.markdown())).length();
            ToIntFunction<Article> ours = a -> {
                // a new site per pass, so that every render misses the cache
                Draft draft = drafts.draft(a, new SiteLayout("https://p" + pass[0] + ".example.vn/site").linksFor(a));
                return draft.website().html().length()
                        + draft.facebook().message().length()
                        + draft.zalo().body().size();
            };

            // the two alternate every CHUNK articles, so that load from other processes hits both alike
            long[] bareNanos = new long[MEASURED_PASSES];
            long[] oursNanos = new long[MEASURED_PASSES];
            for (int i = 0; i < WARM_UP_PASSES + MEASURED_PASSES; i++) {
                pass[0]++;
                long b = 0;
                long o = 0;
                for (int from = 0; from < ARTICLES; from += CHUNK) {
                    List<Article> chunk = articles.subList(from, from + CHUNK);
                    b += time(chunk, bare);
                    o += time(chunk, ours);
                }
                if (i >= WARM_UP_PASSES) {
                    bareNanos[i - WARM_UP_PASSES] = b;
                    oursNanos[i - WARM_UP_PASSES] = o;
                }
            }
            double bareRate = ARTICLES / (median(bareNanos) / 1e9);
            double oursRate = ARTICLES / (median(oursNanos) / 1e9);
            String report = String.format(
                    Locale.ROOT,
                    """
                    Render benchmark: %d generated Vietnamese articles, %d words in all (%d on average),
                    headings, lists, a table and images each; %d warm-up passes, median of %d measured passes
                    (bare and ours alternate every %d articles).
                    Java %s, %d processors.

                    bare commonmark parse + HTML render:           %,10.0f articles/s
                    our three renderers (Drafts, cache miss):      %,10.0f articles/s
                    ratio (our time per article / bare time):      %10.2fx
                    """,
                    ARTICLES,
                    words,
                    words / ARTICLES,
                    WARM_UP_PASSES,
                    MEASURED_PASSES,
                    CHUNK,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    bareRate,
                    oursRate,
                    bareRate / oursRate);
            Path out = Path.of("target", "bench", "render.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.print(report);
            assertThat(out).exists();
        }
    }

    private static AnnotationConfigApplicationContext contentModule() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(
                ContentProperties.class,
                () -> new ContentProperties(Path.of("content"), "Trung tâm Y tế", List.of("CaiCachHanhChinh")));
        context.registerBean(TthcSource.class, () -> dir -> new TthcSource.Result(List.of(), List.of()));
        context.scan("vn.cchc.publisher.content.internal");
        context.refresh();
        return context;
    }

    private static long time(List<Article> articles, ToIntFunction<Article> render) {
        long sink = 0;
        long start = System.nanoTime();
        for (Article article : articles) {
            sink += render.applyAsInt(article);
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.println();
        }
        return elapsed;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
