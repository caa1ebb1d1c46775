package vn.cchc.publisher.publishing.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.shared.Channel;

/**
 * Sends one claimed publication to its channel and records the outcome. The attempt was written and
 * committed by the claim; whatever happens here, the publication ends in a recorded state, or stays
 * {@code publishing} (the process died, the database went away) until recovery asks the channel.
 */
class Sender {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);

    private final Map<Channel, ChannelAdapter<?>> adapters = new EnumMap<>(Channel.class);
    private final Map<Channel, Semaphore> permits = new EnumMap<>(Channel.class);
    private final Renditions renditions;
    private final OutcomeRecorder recorder;

    Sender(List<ChannelAdapter<?>> adapters, Renditions renditions, OutcomeRecorder recorder, int perChannel) {
        adapters.forEach(a -> this.adapters.putIfAbsent(a.channel(), a));
        for (Channel channel : Channel.values()) {
            permits.put(channel, new Semaphore(perChannel, true));
        }
        this.renditions = renditions;
        this.recorder = recorder;
    }

    /** What became of a publication. */
    enum Result {
        PUBLISHED,
        RETRYING,
        NEEDS_ATTENTION,
        LOST_CLAIM
    }

    @Nullable
    ChannelAdapter<?> adapter(Channel channel) {
        return adapters.get(channel);
    }

    Result send(
            PublicationView p, @Nullable Article article, @Nullable String websiteUrl, String instance, Instant now) {
        ChannelAdapter<?> adapter = adapters.get(p.channel());
        if (adapter == null) {
            return attention(
                    p,
                    instance,
                    "Kênh " + p.channel().title() + " chưa được cấu hình.",
                    "Channel " + p.channel().id() + " is not configured.",
                    now);
        }
        if (article == null) {
            return attention(
                    p,
                    instance,
                    "Không đọc được tệp nội dung " + p.contentFile() + " (đã xóa hoặc có lỗi).",
                    "Content file " + p.contentFile() + " is missing or invalid.",
                    now);
        }
        ChannelOutcome.OfPublish outcome;
        Semaphore gate = permits.get(p.channel());
        gate.acquireUninterruptibly();
        try {
            outcome = call(adapter, p, article, websiteUrl, now);
        } catch (RuntimeException e) {
            log.warn("publication {}: {} failed unexpectedly: {}", p.id(), adapter.name(), e.toString());
            outcome = new ChannelOutcome.RetryLater(
                    now,
                    "Lỗi không mong đợi khi gửi bài; sẽ thử lại.",
                    "Unexpected failure: " + e.getClass().getName());
        } finally {
            gate.release();
        }
        return record(p, instance, outcome, now);
    }

    private <R> ChannelOutcome.OfPublish call(
            ChannelAdapter<R> adapter, PublicationView p, Article article, @Nullable String websiteUrl, Instant now) {
        Instant date = article.publishAt() != null ? article.publishAt().toInstant() : p.plannedAt();
        PublishRequest<R> request = renditions.request(adapter, article, websiteUrl, date.isAfter(now) ? now : date);
        String remoteId = p.remoteId();
        return remoteId == null ? adapter.publish(request) : adapter.update(remoteId, request);
    }

    private Result record(PublicationView p, String instance, ChannelOutcome.OfPublish outcome, Instant now) {
        boolean update = p.remoteId() != null;
        boolean recorded;
        Result result;
        if (outcome instanceof ChannelOutcome.Published published) {
            recorded = recorder.published(
                    p, instance, published.remoteId(), published.publicUrl(), update, "published", now);
            result = Result.PUBLISHED;
        } else if (outcome instanceof ChannelOutcome.AlreadyExists exists) {
            recorded = recorder.published(
                    p, instance, exists.remoteId(), exists.publicUrl(), update, "already_exists", now);
            result = Result.PUBLISHED;
        } else if (outcome instanceof ChannelOutcome.RetryLater retry) {
            recorded = recorder.retry(p, instance, retry.earliestRetry(), retry.reasonVi(), retry.reasonEn(), now);
            result = Result.RETRYING;
        } else {
            ChannelOutcome.NeedsAttention attention = (ChannelOutcome.NeedsAttention) outcome;
            recorded = recorder.needsAttention(p, instance, attention.reasonVi(), attention.reasonEn(), now);
            result = Result.NEEDS_ATTENTION;
        }
        return recorded ? result : Result.LOST_CLAIM;
    }

    private Result attention(PublicationView p, String instance, String vi, String en, Instant now) {
        return recorder.needsAttention(p, instance, vi, en, now) ? Result.NEEDS_ATTENTION : Result.LOST_CLAIM;
    }
}
