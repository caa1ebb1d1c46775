package vn.cchc.publisher.publishing.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Reverification;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.shared.ProgressTracker;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.PageVerifier;
import vn.cchc.publisher.verification.TthcListingRequest;
import vn.cchc.publisher.verification.VerificationResult;

/**
 * Re-verification of this year's posts. The posts are grouped by host (a website's host name; Facebook and
 * Zalo each count as one host, read back through their API); each host's posts are checked one after the
 * other, with at least {@code host-pause} between the end of one visit and the start of the next, and at
 * most {@code concurrency} hosts at once. A post that could not be reached (timeout, refused connection,
 * 5xx) is tried again after the host's other posts, at least {@code retry-delay} after the first try; if
 * it still cannot be reached it earns a strike, and it is flagged only at {@code unreachable-runs} strikes
 * in a row (default 2: two runs). A post that answers 404 or 410, or shows something else than what was
 * published, is flagged at once.
 */
class Reverifier implements Reverification, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Reverifier.class);
    static final String TTHC_TITLE = "Danh mục thủ tục hành chính";

    private final PublicationStore store;
    private final PublishedVerifier checks;
    private final PageVerifier verifier;
    private final ContentCatalog catalog;
    private final SiteLayout site;
    private final ProgressTracker tracker;
    private final Clock clock;
    private final ReverifyProperties properties;
    private final String unit;
    private final Predicate<String> siteAnswers;
    private final AtomicReference<@Nullable String> running = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reverification");
        thread.setDaemon(true);
        return thread;
    });

    Reverifier(
            PublicationStore store,
            PublishedVerifier checks,
            PageVerifier verifier,
            ContentCatalog catalog,
            SiteLayout site,
            ProgressTracker tracker,
            Clock clock,
            ReverifyProperties properties,
            String unit,
            Predicate<String> siteAnswers) {
        this.store = store;
        this.checks = checks;
        this.verifier = verifier;
        this.catalog = catalog;
        this.site = site;
        this.tracker = tracker;
        this.clock = clock;
        this.properties = properties;
        this.unit = unit;
        this.siteAnswers = siteAnswers;
    }

    @Override
    public String startAll() {
        ProgressTracker.Task task;
        synchronized (running) {
            String current = running.get();
            if (current != null) {
                return current;
            }
            task = begin(clock.instant());
        }
        background.execute(() -> {
            try {
                run(task, clock.instant());
            } catch (RuntimeException e) {
                log.error("re-verification failed", e);
            }
        });
        return task.id();
    }

    @Override
    public Run runAll(Instant now) {
        ProgressTracker.Task task;
        synchronized (running) {
            String current = running.get();
            if (current != null) {
                throw new AlreadyRunning(current);
            }
            task = begin(now);
        }
        return run(task, now);
    }

    /** Whether a run is under way on this instance. */
    boolean isRunning() {
        return running.get() != null;
    }

    private ProgressTracker.Task begin(Instant now) {
        int year = now.atZone(properties.zone()).getYear();
        ProgressTracker.Task task = tracker.start(KIND, "Kiểm tra lại các bài đã đăng năm " + year, 0);
        running.set(task.id());
        return task;
    }

    private Run run(ProgressTracker.Task task, Instant now) {
        try {
            Run run = check(task, now);
            task.finish(
                    "%d đạt, %d không đạt, %d chưa kiểm tra".formatted(run.passed(), run.failed(), run.notChecked()));
            log.info(
                    "re-verification of {}: {} passed, {} failed, {} not checked{}",
                    run.year(),
                    run.passed(),
                    run.failed(),
                    run.notChecked(),
                    run.localSiteDown() == null ? "" : " (local site " + run.localSiteDown() + " did not answer)");
            return run;
        } catch (RuntimeException e) {
            task.fail("Kiểm tra lại bị dừng do lỗi: " + e.getMessage());
            throw e;
        } finally {
            running.set(null);
        }
    }

    private Run check(ProgressTracker.Task task, Instant now) {
        ZonedDateTime local = now.atZone(properties.zone());
        int year = local.getYear();
        Instant from = local.withDayOfYear(1)
                .toLocalDate()
                .atStartOfDay(properties.zone())
                .toInstant();
        Instant to = local.withDayOfYear(1)
                .toLocalDate()
                .plusYears(1)
                .atStartOfDay(properties.zone())
                .toInstant();
        ContentSnapshot content = catalog.load();
        Map<String, Article> articles =
                content.articles().stream().collect(Collectors.toMap(Article::file, a -> a, (a, b) -> a));
        List<Item> items = new ArrayList<>();
        for (PublicationStore.Checked checked : store.checkable(from, to)) {
            PublicationView p = checked.view();
            String url = p.url() != null ? p.url() : String.valueOf(p.remoteId());
            items.add(new Item(checked, p.title(), p.channel(), url, articles.get(p.contentFile())));
        }
        if (!content.procedures().isEmpty()) {
            items.add(new Item(null, TTHC_TITLE, Channel.WEBSITE, site.url(SiteLayout.tthcListingPath()), null));
        }
        task.total(items.size());

        String localSiteDown = null;
        if (items.stream().anyMatch(this::onLocalSite) && !siteAnswers.test(site.baseUrl())) {
            localSiteDown = site.baseUrl();
            log.warn("the local site {} does not answer: its pages are not checked", localSiteDown);
        }
        Map<Item, Line> lines = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, List<Item>> byHost = new LinkedHashMap<>();
        for (Item item : items) {
            if (localSiteDown != null && onLocalSite(item)) {
                lines.put(
                        item,
                        item.line(
                                Verdict.NOT_CHECKED,
                                "trang web nội bộ " + localSiteDown + " không trả lời (dịch vụ chưa chạy?)"));
                task.advance(1);
            } else {
                byHost.computeIfAbsent(item.host(), h -> new ArrayList<>()).add(item);
            }
        }
        int threads = Math.max(1, Math.min(properties.concurrency(), byHost.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "reverification-host");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> hosts = new ArrayList<>();
            for (List<Item> hostItems : byHost.values()) {
                hosts.add(pool.submit(() -> new HostVisits(hostItems, now, lines, task).run()));
            }
            for (Future<?> host : hosts) {
                host.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-verification interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Run(task.id(), year, items.stream().map(lines::get).toList(), localSiteDown);
    }

    private boolean onLocalSite(Item item) {
        return item.channel() == Channel.WEBSITE && item.url().startsWith(site.baseUrl() + "/");
    }

    /** The posts of one host, checked one after the other with the pause between them. */
    private final class HostVisits {

        private final List<Item> items;
        private final Instant now;
        private final Map<Item, Line> lines;
        private final ProgressTracker.Task task;
        private long nextVisit = System.nanoTime();

        HostVisits(List<Item> items, Instant now, Map<Item, Line> lines, ProgressTracker.Task task) {
            this.items = items;
            this.now = now;
            this.lines = lines;
            this.task = task;
        }

        void run() {
            Map<Item, Long> unreachable = new LinkedHashMap<>();
            for (Item item : items) {
                Optional<VerificationResult> result = visit(item);
                if (result.isPresent() && result.get().transientFailure()) {
                    unreachable.put(item, System.nanoTime());
                } else {
                    done(item, result, false);
                }
            }
            for (Map.Entry<Item, Long> again : unreachable.entrySet()) {
                waitUntil(again.getValue() + properties.retryDelay().toNanos());
                done(again.getKey(), visit(again.getKey()), true);
            }
        }

        private Optional<VerificationResult> visit(Item item) {
            waitUntil(nextVisit);
            try {
                return verify(item);
            } finally {
                nextVisit = System.nanoTime() + properties.hostPause().toNanos();
            }
        }

        private Optional<VerificationResult> verify(Item item) {
            if (item.checked() == null) {
                return Optional.of(verifier.verifyTthcListing(new TthcListingRequest(
                        null, unit, item.url(), catalog.load().procedures())));
            }
            return checks.verify(item.checked().view(), item.article(), now);
        }

        private void done(Item item, Optional<VerificationResult> result, boolean triedTwice) {
            lines.put(item, judge(item, result, triedTwice, now));
            task.advance(1);
        }
    }

    private Line judge(Item item, Optional<VerificationResult> found, boolean triedTwice, Instant now) {
        if (found.isEmpty()) {
            return item.line(
                    Verdict.NOT_CHECKED,
                    item.article() == null ? "bài không còn trong thư mục nội dung" : "kênh chưa được cấu hình");
        }
        VerificationResult result = found.get();
        String details = result.failures().stream().map(Check::detail).collect(Collectors.joining("; "));
        String detailsEn = result.failures().stream().map(Check::detailEn).collect(Collectors.joining("; "));
        PublicationStore.Checked checked = item.checked();
        if (checked == null) {
            if (result.passed()) {
                return item.line(Verdict.PASSED, null);
            }
            return item.line(result.transientFailure() ? Verdict.UNREACHABLE : Verdict.FLAGGED, details);
        }
        PublicationView p = checked.view();
        if (result.passed()) {
            if (p.state() == PublicationStatus.NEEDS_ATTENTION) {
                checks.recover(p, now);
                log.info("publication {} ({}) passes again: verified", p.id(), p.url());
                return item.line(Verdict.RECOVERED, null);
            }
            if (p.state() == PublicationStatus.PUBLISHED) {
                checks.markVerified(p, now);
            } else if (checked.strikes() > 0) {
                store.strikes(p.id(), p.state(), 0);
            }
            return item.line(Verdict.PASSED, null);
        }
        if (p.state() == PublicationStatus.NEEDS_ATTENTION) {
            return item.line(Verdict.STILL_FAILING, details);
        }
        if (result.transientFailure() && triedTwice) {
            int strikes = checked.strikes() + 1;
            if (strikes < properties.unreachableRuns()) {
                store.strikes(p.id(), p.state(), strikes);
                return item.line(
                        Verdict.UNREACHABLE,
                        "không truy cập được (lần %d/%d, chưa đánh dấu): %s"
                                .formatted(strikes, properties.unreachableRuns(), details));
            }
            String reasonVi = "Kiểm tra lại: không truy cập được bài trong %d lần kiểm tra liên tiếp: %s"
                    .formatted(strikes, details);
            checks.flag(
                    p,
                    reasonVi,
                    "Re-verification: unreachable in %d runs in a row: %s".formatted(strikes, detailsEn),
                    now);
            return item.line(Verdict.FLAGGED, reasonVi);
        }
        Article article = item.article();
        if (!result.gone() && article != null && !article.contentHash().equals(p.contentHash())) {
            // the page is compared with the article as it is now, edited since: the difference is expected
            return item.line(
                    Verdict.NOT_CHECKED,
                    "bài đã được sửa sau khi đăng, bản mới chưa lên kênh: không so được nội dung (" + details + ")");
        }
        String reasonVi =
                (result.gone() ? "Kiểm tra lại: bài không còn trên kênh: " : "Kiểm tra lại: bài đã thay đổi: ")
                        + details;
        String reasonEn =
                (result.gone() ? "Re-verification: the post is gone: " : "Re-verification: the post changed: ")
                        + detailsEn;
        checks.flag(p, reasonVi, reasonEn, now);
        log.warn("publication {} ({}) flagged: {}", p.id(), p.url(), reasonEn);
        return item.line(Verdict.FLAGGED, reasonVi);
    }

    private static void waitUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait <= 0) {
            return;
        }
        try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-verification interrupted", e);
        }
    }

    /** Whether something answers HTTP at {@code baseUrl} within {@code timeout}, whatever the status. */
    static Predicate<String> httpProbe(java.time.Duration timeout) {
        return baseUrl -> {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                        .timeout(timeout)
                        .GET()
                        .build();
                client.send(request, HttpResponse.BodyHandlers.discarding());
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    /**
     * One post to check.
     *
     * @param checked the publication; null for the TTHC listing
     * @param article the article it shows; null when gone from the content (or for the listing)
     */
    private record Item(
            PublicationStore.@Nullable Checked checked,
            String title,
            Channel channel,
            String url,
            @Nullable Article article) {

        String host() {
            if (channel != Channel.WEBSITE) {
                return "channel:" + channel.id();
            }
            try {
                String host = URI.create(url).getHost();
                return host == null ? url : host.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return url;
            }
        }

        Line line(Verdict verdict, @Nullable String reasonVi) {
            return new Line(checked == null ? null : checked.view().id(), title, channel, url, verdict, reasonVi);
        }
    }
}
