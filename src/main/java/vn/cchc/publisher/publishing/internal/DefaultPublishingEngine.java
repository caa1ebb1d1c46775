package vn.cchc.publisher.publishing.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.publishing.MonthlyResult;
import vn.cchc.publisher.publishing.PassResult;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEngine;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;

/**
 * The engine. A pass first applies content changes, then, in rounds of at most {@code batch-size}:
 * claims due publications (an atomic conditional update per row, with the attempt written in the same
 * short transaction), commits, and only then sends them, with bounded concurrency (in all and per
 * channel); an item's Facebook and Zalo posts go after its website post, so that they can link to it.
 */
class DefaultPublishingEngine implements PublishingEngine, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DefaultPublishingEngine.class);
    private static final int MAX_ROUNDS = 1_000;

    private final PublicationStore store;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ContentCatalog catalog;
    private final Sender sender;
    private final ContentChanges changes;
    private final Recovery recovery;
    private final OutcomeRecorder recorder;
    private final PublishingProperties properties;
    private final String instance;
    private final Map<Channel, ExecutorService> pools = new EnumMap<>(Channel.class);
    private final Semaphore sending;
    private @Nullable MonthlyPublication monthly;

    DefaultPublishingEngine(
            PublicationStore store,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            ContentCatalog catalog,
            Sender sender,
            OutcomeRecorder recorder,
            Renditions renditions,
            PublishingProperties properties,
            String instance) {
        this.store = store;
        this.tx = tx;
        this.events = events;
        this.catalog = catalog;
        this.sender = sender;
        this.changes = new ContentChanges(store, tx, events);
        this.recovery = new Recovery(store, sender, recorder, renditions, properties.claimTimeout(), instance);
        this.recorder = recorder;
        this.properties = properties;
        this.instance = instance;
        // one pool per channel, so a slow channel never holds the threads of the others
        this.sending = new Semaphore(properties.concurrency());
        int perChannel = Math.min(properties.channelConcurrency(), properties.concurrency());
        for (Channel channel : Channel.values()) {
            AtomicInteger threads = new AtomicInteger();
            pools.put(channel, Executors.newFixedThreadPool(perChannel, task -> {
                Thread thread = new Thread(task, "publishing-" + channel.id() + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    void monthly(MonthlyPublication monthly) {
        this.monthly = monthly;
    }

    @Override
    public PassResult publishDue(Instant now, boolean dryRun) {
        Map<String, Article> articles = articles();
        if (dryRun) {
            return dryRun(articles, now);
        }
        changes.apply(articles, now);
        Tally tally = new Tally();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<PublicationView> due = store.due(now, properties.batchSize());
            if (due.isEmpty()) {
                break;
            }
            List<PublicationView> claimed = claim(due, now);
            Map<String, CompletableFuture<Void>> websiteDone = new HashMap<>();
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (PublicationView p : claimed) {
                if (p.channel() == Channel.WEBSITE) {
                    CompletableFuture<Void> done =
                            CompletableFuture.runAsync(() -> handle(p, articles, now, tally), pools.get(p.channel()));
                    websiteDone.put(p.unit() + "\n" + p.contentFile(), done);
                    running.add(done);
                }
            }
            for (PublicationView p : claimed) {
                if (p.channel() != Channel.WEBSITE) {
                    // after the same item's website post, so that it can link to it
                    CompletableFuture<Void> website = websiteDone.get(p.unit() + "\n" + p.contentFile());
                    Runnable task = () -> handle(p, articles, now, tally);
                    running.add(
                            website == null
                                    ? CompletableFuture.runAsync(task, pools.get(p.channel()))
                                    : website.handle((ok, failure) -> null).thenRunAsync(task, pools.get(p.channel())));
                }
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        }
        return new PassResult(tally.published.get(), tally.retrying.get(), tally.attention.get(), tally.lines);
    }

    /** What a pass did, counted from several threads. */
    private static final class Tally {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger published = new AtomicInteger();
        final AtomicInteger retrying = new AtomicInteger();
        final AtomicInteger attention = new AtomicInteger();
    }

    private void handle(PublicationView p, Map<String, Article> articles, Instant now, Tally tally) {
        Sender.Result result;
        sending.acquireUninterruptibly();
        try {
            result = send(p, articles, now);
        } finally {
            sending.release();
        }
        tally.lines.add(line(p, result));
        switch (result) {
            case PUBLISHED -> tally.published.incrementAndGet();
            case RETRYING -> tally.retrying.incrementAndGet();
            case NEEDS_ATTENTION -> tally.attention.incrementAndGet();
            case LOST_CLAIM -> {}
        }
    }

    @Override
    public MonthlyResult publishMonthly(YearMonth month, Instant now) {
        if (monthly == null) {
            throw new IllegalStateException("the monthly publication is not set up");
        }
        return monthly.run(month, now);
    }

    @Override
    public int recover(Instant now) {
        return recovery.recover(articles(), now);
    }

    private List<PublicationView> claim(List<PublicationView> due, Instant now) {
        List<PublicationView> claimed = new ArrayList<>();
        for (PublicationView candidate : due) {
            PublicationView p = tx.execute(status -> {
                if (!store.claim(candidate.id(), instance, now)) {
                    return null;
                }
                PublicationView row = store.find(candidate.id()).orElseThrow();
                store.startAttempt(row.id(), row.remoteId() == null ? "create" : "update", instance, now);
                events.publishEvent(
                        new PublishingEvents.AttemptStarted(row.id(), row.unit(), row.channel(), row.attempts(), now));
                return row;
            });
            if (p != null) {
                claimed.add(p);
            }
        }
        return claimed;
    }

    private Sender.Result send(PublicationView p, Map<String, Article> articles, Instant now) {
        try {
            Article article = articles.get(p.contentFile());
            if (article != null && !article.contentHash().equals(p.contentHash())) {
                // changed by another instance since this pass read the content: the next pass applies it
                recorder.release(p, instance, "content changed", now);
                return Sender.Result.LOST_CLAIM;
            }
            return sender.send(p, article, websiteUrl(p), instance, now);
        } catch (RuntimeException e) {
            log.error("publication {}: outcome not recorded, recovery will reconcile it: {}", p.id(), e.toString());
            return Sender.Result.LOST_CLAIM;
        }
    }

    private @Nullable String websiteUrl(PublicationView p) {
        if (p.channel() == Channel.WEBSITE) {
            return null;
        }
        return store.find(p.unit(), p.contentFile(), Channel.WEBSITE)
                .map(PublicationView::url)
                .orElse(null);
    }

    private PassResult dryRun(Map<String, Article> articles, Instant now) {
        List<String> lines = new ArrayList<>();
        for (PublicationView p : store.due(now, Integer.MAX_VALUE)) {
            Article article = articles.get(p.contentFile());
            String what = article == null ? p.contentFile() + " (không đọc được tệp)" : p.contentFile();
            String how = p.remoteId() == null ? "đăng mới" : "cập nhật bài " + p.remoteId();
            String where = sender.adapter(p.channel()) == null
                    ? "kênh chưa được cấu hình"
                    : sender.adapter(p.channel()).name();
            lines.add("#" + p.id() + " " + what + " → " + p.channel().id() + " (" + where + "): " + how);
        }
        return new PassResult(0, 0, 0, lines);
    }

    private static String line(PublicationView p, Sender.Result result) {
        String outcome = switch (result) {
            case PUBLISHED -> "đã đăng";
            case RETRYING -> "lỗi tạm thời, sẽ thử lại";
            case NEEDS_ATTENTION -> "cần xử lý";
            case LOST_CLAIM -> "chưa ghi được kết quả, sẽ đối chiếu lại";
        };
        return "#" + p.id() + " " + p.contentFile() + " → " + p.channel().id() + ": " + outcome;
    }

    private Map<String, Article> articles() {
        return catalog.load().articles().stream()
                .collect(Collectors.toMap(Article::file, Function.identity(), (a, b) -> a));
    }

    @Override
    public void close() {
        pools.values().forEach(ExecutorService::shutdownNow);
    }
}
