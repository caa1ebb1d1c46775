package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.publisher.calendar.PublicationState;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.publishing.Reverification;
import vn.cchc.publisher.publishing.Reverification.Verdict;
import vn.cchc.publisher.publishing.internal.RecordingSite.Answer;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.shared.Progress;
import vn.cchc.publisher.shared.ProgressTracker;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.Evidence;
import vn.cchc.publisher.verification.PageVerifier;
import vn.cchc.publisher.verification.ReadBackRequest;
import vn.cchc.publisher.verification.TthcListingRequest;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;
import vn.cchc.publisher.verification.internal.TestVerifiers;

/** Re-verification end to end: posts published earlier, their pages served on this machine, the real verifier. */
class ReverificationTest {

    static final Instant RUN = Harness.T0.plus(Duration.ofDays(6));
    static final Duration PAUSE = Duration.ofMillis(120);

    @TempDir
    Path evidence;

    private final Harness h = new Harness();
    private final FakeChannel website = new FakeChannel();
    private final DefaultPublishingEngine engine = h.engine(website);
    private final RecordingSite site = new RecordingSite();
    private final Clock clock = Clock.fixed(RUN, ZoneOffset.UTC);
    private final ProgressTracker tracker = new ProgressTracker(clock);
    private final ReverifyProperties polite =
            ReverifyProperties.defaults().withPoliteness(4, PAUSE, Duration.ofMillis(50));

    @AfterEach
    void close() {
        site.close();
        h.close();
    }

    private PageVerifier jsoup() {
        return TestVerifiers.jsoup(h.dataSource, evidence, Duration.ofSeconds(1), h.publisher, clock);
    }

    private Reverifier reverifier(
            PageVerifier verifier, ReverifyProperties properties, String siteBase, Predicate<String> siteAnswers) {
        PublishedVerifier checks = h.publishedVerifier(website, verifier);
        return new Reverifier(
                h.store,
                checks,
                verifier,
                h.catalog,
                new SiteLayout(siteBase),
                tracker,
                clock,
                properties,
                "ttyt-mau",
                siteAnswers);
    }

    private Reverifier reverifier() {
        return reverifier(jsoup(), polite, "http://localhost:8080/site", base -> {
            throw new AssertionError("no page of the local site here");
        });
    }

    /** A post published and verified at T0, whose page is at {@code url}. */
    private PublicationView verified(String name, String url) {
        h.approvalRequired = false;
        PublicationView queued = h.approvals()
                .queue(
                        null,
                        h.article(name, "Nội dung bài " + name + ".").file(),
                        Set.of(Channel.WEBSITE),
                        Harness.T0,
                        "officer")
                .get(0);
        engine.publishDue(Harness.T0, false);
        JdbcClient.create(h.dataSource)
                .sql("update publication set remote_url = ? where id = ?")
                .params(url, queued.id())
                .update();
        assertThat(h.approvals().markVerified(queued.id(), Harness.T0)).isTrue();
        return h.store.find(queued.id()).orElseThrow();
    }

    private void serveGood(String name, String path) {
        site.serve(path, Answer.page("Bài " + name, site.url(path), "<p>Nội dung bài " + name + ".</p>"));
    }

    private PublicationView now(PublicationView p) {
        return h.store.find(p.id()).orElseThrow();
    }

    private static Verdict verdictOf(Reverification.Run run, PublicationView p) {
        return run.lines().stream()
                .filter(l -> Long.valueOf(p.id()).equals(l.publicationId()))
                .findFirst()
                .orElseThrow()
                .verdict();
    }

    @Test
    void aGoodPageStaysVerifiedAGoneOrChangedOneNeedsAttentionAndAnUnreachableOneWaitsForASecondRun() {
        PublicationView good = verified("a", site.url("/tin/a/"));
        PublicationView gone = verified("b", site.url("/tin/b/"));
        PublicationView changed = verified("c", site.url("/tin/c/"));
        PublicationView down = verified("d", site.url("/tin/d/"));
        serveGood("a", "/tin/a/");
        site.serve("/tin/c/", Answer.page("Bài c", site.url("/tin/c/"), "<p>Một nội dung khác hẳn.</p>"));
        site.serve("/tin/d/", Answer.status(503));
        Reverifier reverification = reverifier();

        Reverification.Run first = reverification.runAll(RUN);

        assertThat(first.year()).isEqualTo(2026);
        assertThat(first.lines())
                .extracting(Reverification.Line::verdict)
                .containsExactly(Verdict.PASSED, Verdict.FLAGGED, Verdict.FLAGGED, Verdict.UNREACHABLE);
        assertThat(now(good).state()).isEqualTo(PublicationStatus.VERIFIED);
        assertThat(now(gone).state()).isEqualTo(PublicationStatus.NEEDS_ATTENTION);
        assertThat(now(gone).lastErrorVi())
                .startsWith("Kiểm tra lại: bài không còn trên kênh")
                .contains("404");
        assertThat(now(changed).state()).isEqualTo(PublicationStatus.NEEDS_ATTENTION);
        assertThat(now(changed).lastErrorVi())
                .startsWith("Kiểm tra lại: bài đã thay đổi")
                .contains("Nội dung bài c");
        assertThat(now(down).state())
                .as("one run without an answer is not enough to flag a post")
                .isEqualTo(PublicationStatus.VERIFIED);
        assertThat(site.count("/tin/d/")).as("tried again later in the run").isEqualTo(2);
        assertThat(h.events(PublishingEvents.NeedsAttention.class))
                .extracting(PublishingEvents.NeedsAttention::publicationId)
                .containsExactlyInAnyOrder(gone.id(), changed.id());
        assertThat(first.passed()).isEqualTo(1);
        assertThat(first.failed()).isEqualTo(3);

        List<Long> arrivals =
                site.hits.stream().map(RecordingSite.Hit::nanos).sorted().toList();
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1)))
                    .as("requests %d and %d to the same host", i - 1, i)
                    .isGreaterThanOrEqualTo(PAUSE);
        }

        serveGood("b", "/tin/b/");
        Reverification.Run second = reverification.runAll(RUN.plus(Duration.ofDays(7)));

        assertThat(verdictOf(second, down)).isEqualTo(Verdict.FLAGGED);
        assertThat(now(down).state()).isEqualTo(PublicationStatus.NEEDS_ATTENTION);
        assertThat(now(down).lastErrorVi()).contains("không truy cập được bài trong 2 lần kiểm tra liên tiếp");
        assertThat(verdictOf(second, gone)).as("back on its place").isEqualTo(Verdict.RECOVERED);
        assertThat(now(gone).state()).isEqualTo(PublicationStatus.VERIFIED);
        assertThat(now(gone).lastErrorVi()).isNull();
        assertThat(h.events(PublishingEvents.Recovered.class)).singleElement().satisfies(e -> {
            assertThat(e.publicationId()).isEqualTo(gone.id());
            assertThat(e.previousReasonEn()).contains("gone");
        });
        assertThat(verdictOf(second, changed)).isEqualTo(Verdict.STILL_FAILING);
        assertThat(now(changed).state()).isEqualTo(PublicationStatus.NEEDS_ATTENTION);
    }

    @Test
    void aPageThatFailsOnceAndAnswersWhenTriedAgainIsNotFlagged() {
        PublicationView p = verified("e", site.url("/tin/e/"));
        Answer good = Answer.page("Bài e", site.url("/tin/e/"), "<p>Nội dung bài e.</p>");
        site.serve("/tin/e/", n -> n == 1 ? Answer.status(502) : good);

        Reverification.Run run = reverifier().runAll(RUN);

        assertThat(verdictOf(run, p)).isEqualTo(Verdict.PASSED);
        assertThat(now(p).state()).isEqualTo(PublicationStatus.VERIFIED);
        assertThat(site.count("/tin/e/")).isEqualTo(2);
        assertThat(h.events(PublishingEvents.NeedsAttention.class)).isEmpty();
    }

    @Test
    void anUnreachableRunFollowedByAGoodOneStartsCountingAgain() {
        PublicationView p = verified("f", site.url("/tin/f/"));
        site.serve("/tin/f/", Answer.status(503));
        Reverifier reverification = reverifier();
        assertThat(verdictOf(reverification.runAll(RUN), p)).isEqualTo(Verdict.UNREACHABLE);

        serveGood("f", "/tin/f/");
        assertThat(verdictOf(reverification.runAll(RUN.plusSeconds(60)), p)).isEqualTo(Verdict.PASSED);
        site.serve("/tin/f/", Answer.status(503));

        assertThat(verdictOf(reverification.runAll(RUN.plusSeconds(120)), p))
                .as("the earlier unreachable run no longer counts")
                .isEqualTo(Verdict.UNREACHABLE);
        assertThat(now(p).state()).isEqualTo(PublicationStatus.VERIFIED);
    }

    @Test
    void aFlaggedPostNoLongerCountsItsCalendarSlotAsDone() {
        PublicationView p = verified("g", site.url("/tin/g/"));
        Article article = h.articles.stream()
                .filter(a -> a.file().equals(p.contentFile()))
                .findFirst()
                .orElseThrow();
        QueueProgress progress = new QueueProgress(h.store);
        assertThat(progress.furthest(article)).get().extracting(x -> x.state()).isEqualTo(PublicationState.VERIFIED);

        reverifier().runAll(RUN);

        assertThat(now(p).state()).isEqualTo(PublicationStatus.NEEDS_ATTENTION);
        assertThat(progress.furthest(article))
                .as("the slot is back to waiting, not done")
                .get()
                .extracting(x -> x.state())
                .isEqualTo(PublicationState.QUEUED);

        serveGood("g", "/tin/g/");
        reverifier().runAll(RUN.plusSeconds(60));

        assertThat(progress.furthest(article)).get().extracting(x -> x.state()).isEqualTo(PublicationState.VERIFIED);
    }

    @Test
    void aPageThatDiffersFromAnArticleEditedSinceItWasPublishedIsNotFlagged() {
        PublicationView p = verified("m", site.url("/tin/m/"));
        serveGood("m", "/tin/m/");
        h.article("m", "Nội dung đã sửa, chưa đăng lại.");

        Reverification.Run run = reverifier().runAll(RUN);

        assertThat(run.lines()).singleElement().satisfies(line -> {
            assertThat(line.verdict()).isEqualTo(Verdict.NOT_CHECKED);
            assertThat(line.reasonVi()).startsWith("bài đã được sửa sau khi đăng");
        });
        assertThat(now(p).state()).isEqualTo(PublicationStatus.VERIFIED);

        site.serve("/tin/m/", Answer.status(404));
        reverifier().runAll(RUN.plusSeconds(60));

        assertThat(now(p).state()).as("gone is gone, edited or not").isEqualTo(PublicationStatus.NEEDS_ATTENTION);
    }

    @Test
    void eachRunReportsItsProgress() {
        verified("h", site.url("/tin/h/"));
        serveGood("h", "/tin/h/");

        Reverification.Run run = reverifier().runAll(RUN);

        Progress progress = tracker.get(run.taskId()).orElseThrow();
        assertThat(progress.kind()).isEqualTo("reverification");
        assertThat(progress.label()).isEqualTo("Kiểm tra lại các bài đã đăng năm 2026");
        assertThat(progress.isFinished()).isTrue();
        assertThat(progress.done()).isEqualTo(1);
        assertThat(progress.total()).isEqualTo(1);
        assertThat(progress.result()).isEqualTo("1 đạt, 0 không đạt, 0 chưa kiểm tra");
    }

    @Test
    void postsOfLastYearAreLeftAlone() {
        verified("i", site.url("/tin/i/"));

        Reverification.Run run = reverifier().runAll(Instant.parse("2027-01-10T01:00:00Z"));

        assertThat(run.year()).isEqualTo(2027);
        assertThat(run.lines()).isEmpty();
        assertThat(site.hits).isEmpty();
    }

    @Test
    void pagesOfALocalSiteThatDoesNotAnswerAreNotCheckedNorFlagged() {
        PublicationView p = verified("j", site.url("/site/tin-bai/j/"));
        List<String> probed = new ArrayList<>();
        Reverifier reverification = reverifier(jsoup(), polite, site.url("/site"), base -> {
            probed.add(base);
            return false;
        });

        Reverification.Run run = reverification.runAll(RUN);

        assertThat(probed).containsExactly(site.url("/site"));
        assertThat(run.localSiteDown()).isEqualTo(site.url("/site"));
        assertThat(run.lines()).singleElement().satisfies(line -> {
            assertThat(line.verdict()).isEqualTo(Verdict.NOT_CHECKED);
            assertThat(line.reasonVi()).contains("không trả lời");
        });
        assertThat(run.failed()).isZero();
        assertThat(site.hits).isEmpty();
        assertThat(now(p).state()).isEqualTo(PublicationStatus.VERIFIED);
    }

    @Test
    void atMostTheConfiguredNumberOfHostsAreVisitedAtOnce() {
        for (int i = 0; i < 6; i++) {
            verified("k" + i, "http://host" + i + ".test/tin/k" + i + "/");
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        PageVerifier slow = new PageVerifier() {
            @Override
            public VerificationResult verify(VerificationRequest request) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
                Check status = Check.pass("status", "trang trả về 200", "HTTP 200");
                return new VerificationResult(
                        true,
                        List.of(status),
                        new Evidence(
                                request.url(), request.url(), List.of(), 200, RUN, Duration.ofMillis(150), null, null));
            }

            @Override
            public VerificationResult verifyTthcListing(TthcListingRequest request) {
                throw new AssertionError();
            }

            @Override
            public VerificationResult verifyReadBack(ReadBackRequest request) {
                throw new AssertionError();
            }
        };
        Reverifier reverification = reverifier(
                slow, polite.withPoliteness(2, PAUSE, Duration.ZERO), "http://localhost:8080/site", base -> true);

        Reverification.Run run = reverification.runAll(RUN);

        assertThat(run.passed()).isEqualTo(6);
        assertThat(most.get()).as("hosts visited at once").isEqualTo(2);
    }

    @Test
    void aSecondRunWhileOneIsUnderWayIsRefusedAndStartAllNamesTheRunningOne() throws Exception {
        verified("l", site.url("/tin/l/"));
        site.serve("/tin/l/", new Answer(200, "<html></html>", 400));
        Reverifier reverification = reverifier();
        try {
            String id = reverification.startAll();
            assertThat(reverification.startAll()).isEqualTo(id);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reverification.runAll(RUN))
                    .isInstanceOf(Reverification.AlreadyRunning.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (reverification.isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(tracker.get(id)).get().extracting(Progress::isFinished).isEqualTo(true);
            assertThat(tracker.all().stream().max(Comparator.comparing(Progress::started)))
                    .get()
                    .extracting(Progress::id)
                    .isEqualTo(id);
        } finally {
            reverification.close();
        }
    }
}
