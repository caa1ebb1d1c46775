package vn.cchc.publisher.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.channel.local.TestLocalSites;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;

/**
 * Verifies 1,000 pages of the real local site served over HTTP on this machine (each with 12 paragraphs and
 * one image, so two requests per page), first one at a time, then four at a time, evidence and table rows
 * included. Writes {@code target/bench/verification.txt}. Run with
 * {@code ./mvnw -Pbench test -Dtest=VerificationBenchmark}.
 */
class VerificationBenchmark {

    private static final int PAGES = 1_000;
    private static final int WARM_UP = 200;

    @TempDir
    Path siteDir;

    @TempDir
    Path content;

    @TempDir
    Path evidenceDir;

    @Test
    void verifiesAThousandPages() throws Exception {
        Files.createDirectories(content.resolve("articles/img"));
        Files.write(content.resolve("articles/img/a.png"), VerificationFixtures.png());
        try (StaticFileServer server = new StaticFileServer(siteDir)) {
            LocalSite site = TestLocalSites.create(server.baseUrl(), siteDir, content, VerificationFixtures.NOW);
            List<VerificationRequest> requests = new ArrayList<>();
            for (int i = 0; i < PAGES; i++) {
                WebsitePage page = page(site, i);
                site.publish(article(i), page);
                requests.add(new VerificationRequest(
                        (long) i, "bench", site.layout().url(SiteLayout.articlePath(page.slug())), page, null));
            }
            VerificationFixtures fixtures = new VerificationFixtures(evidenceDir);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

            for (int i = 0; i < WARM_UP; i++) {
                assertThat(fixtures.verifier.verify(requests.get(i)).passed()).isTrue();
            }
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            long peak = heapBefore;
            long allocatedBefore = allocated();
            long start = System.nanoTime();
            for (VerificationRequest request : requests) {
                VerificationResult result = fixtures.verifier.verify(request);
                assertThat(result.passed()).isTrue();
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            }
            double sequential = PAGES / ((System.nanoTime() - start) / 1e9);
            long allocatedSequential = allocated() - allocatedBefore;

            ExecutorService pool = Executors.newFixedThreadPool(4);
            long startParallel = System.nanoTime();
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (VerificationRequest request : requests) {
                    results.add(
                            pool.submit(() -> fixtures.verifier.verify(request).passed()));
                }
                for (Future<Boolean> result : results) {
                    assertThat(result.get()).isTrue();
                }
            } finally {
                pool.shutdown();
            }
            double parallel = PAGES / ((System.nanoTime() - startParallel) / 1e9);
            System.gc();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            long snapshots;
            long snapshotBytes;
            try (Stream<Path> files = Files.list(evidenceDir)) {
                List<Path> list = files.toList();
                snapshots = list.size();
                snapshotBytes =
                        list.stream().mapToLong(VerificationBenchmark::size).sum();
            }
            long rows = fixtures.jdbc
                    .sql("SELECT COUNT(*) FROM verification")
                    .query(Long.class)
                    .single();

            String report = String.format(
                    Locale.ROOT,
                    """
                    Verification benchmark: %d pages of the built-in local site served over HTTP on this machine
                    (JDK HttpServer, 4 threads), each with 12 paragraphs and one image; every check but the listing;
                    evidence kept (gzip snapshot, a row in an in-memory H2). %d warm-up verifications.
                    Java %s, %d processors.

                    one at a time:          %,8.0f pages/s
                    four at a time:         %,8.0f pages/s
                    heap used before:       %,8.1f MiB (after GC)
                    heap peak, sequential:  %,8.1f MiB (sampled after each page)
                    heap used after:        %,8.1f MiB (after GC)
                    allocated, sequential:  %,8.1f MiB in all, %,.0f KiB per page (every live thread of the JVM,
                                            the test's HTTP server included)
                    snapshots:              %,8d files, %,.1f KiB in all
                    rows in verification:   %,8d
                    """,
                    PAGES,
                    WARM_UP,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    sequential,
                    parallel,
                    heapBefore / 1048576.0,
                    peak / 1048576.0,
                    heapAfter / 1048576.0,
                    allocatedSequential / 1048576.0,
                    allocatedSequential / 1024.0 / PAGES,
                    snapshots,
                    snapshotBytes / 1024.0,
                    rows);
            Path out = Path.of("target", "bench", "verification.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            assertThat(rows).isEqualTo(WARM_UP + 2L * PAGES);
        }
    }

    /** Bytes allocated so far by every live thread (HotSpot's per-thread counters). */
    private static long allocated() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Article article(int i) {
        return new Article(
                "articles/bai-" + i + ".md",
                "bai-" + i,
                "Bài số " + i + " về cải cách hành chính",
                Area.values()[i % 6],
                null,
                Set.of(Channel.WEBSITE),
                null,
                "Tóm tắt bài " + i + ".",
                null,
                List.of(),
                ArticleStatus.READY,
                "",
                5,
                "0".repeat(64),
                List.of("articles/img/a.png"));
    }

    private static WebsitePage page(LocalSite site, int i) {
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < 12; p++) {
            html.append("<p>Đoạn ")
                    .append(p)
                    .append(" của bài ")
                    .append(i)
                    .append(": Trung tâm Y tế tiếp tục đẩy mạnh cải cách thủ tục hành chính, ứng dụng công nghệ")
                    .append(" thông tin trong tiếp nhận và trả kết quả, nâng cao sự hài lòng của người dân.</p>");
            if (p == 5) {
                html.append("<figure><img src=\"")
                        .append(site.layout().url(SiteLayout.mediaPath("articles/img/a.png")))
                        .append("\" alt=\"\"></figure>");
            }
        }
        return new WebsitePage(
                "bai-" + i,
                "Bài số " + i + " về cải cách hành chính",
                html.toString(),
                null,
                List.of("articles/img/a.png"));
    }
}
