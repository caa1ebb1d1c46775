package vn.cchc.publisher.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * What a call to a channel came to. Each operation of {@link ChannelAdapter} returns one of the small
 * sealed sets below, and every set includes the two {@link Failure}s:
 *
 * <ul>
 *   <li>{@link RetryLater}: a transient failure (the channel was down, slow, rate-limited); nothing was
 *       published, or what was published will be found by the next attempt, so try again at
 *       {@link RetryLater#earliestRetry()} or later;
 *   <li>{@link NeedsAttention}: a permanent failure (bad token, missing permission, rejected content,
 *       channel not configured) that only a person can fix; retrying unchanged will fail again.
 * </ul>
 *
 * No outcome ever holds a secret: reasons are built from status codes and the channel's own error
 * messages with any secret value removed.
 */
public sealed interface ChannelOutcome {

    /** What {@link ChannelAdapter#publish} and {@link ChannelAdapter#update} return. */
    sealed interface OfPublish extends ChannelOutcome permits Published, AlreadyExists, Failure {}

    /** What {@link ChannelAdapter#findExisting} returns. */
    sealed interface OfLookup extends ChannelOutcome permits AlreadyExists, NotFound, Failure {}

    /** What {@link ChannelAdapter#readBack} returns. */
    sealed interface OfReadBack extends ChannelOutcome permits RemotePost, NotFound, Failure {}

    /** What {@link ChannelAdapter#unpublish} returns. */
    sealed interface OfUnpublish extends ChannelOutcome permits Unpublished, Failure {}

    /** The call did not do its job; the reason is told in Vietnamese for the officer and in English for logs. */
    sealed interface Failure extends OfPublish, OfLookup, OfReadBack, OfUnpublish permits RetryLater, NeedsAttention {

        /** Why, in Vietnamese. */
        String reasonVi();

        /** Why, in English. */
        String reasonEn();
    }

    /**
     * The post was created (or updated) by this call.
     *
     * @param remoteId the channel's id of the post: keep it, later calls use it
     * @param publicUrl where the public sees it; empty only when the channel did not say (Zalo, before the
     *     article shows in its list)
     */
    record Published(String remoteId, String publicUrl) implements OfPublish {
        public Published {
            Objects.requireNonNull(remoteId, "remoteId");
            Objects.requireNonNull(publicUrl, "publicUrl");
        }
    }

    /**
     * The channel already holds this post (found by its slug, title or message before creating one).
     *
     * @param remoteId the channel's id of the post
     * @param publicUrl where the public sees it; empty when the channel did not say
     */
    record AlreadyExists(String remoteId, String publicUrl) implements OfPublish, OfLookup {
        public AlreadyExists {
            Objects.requireNonNull(remoteId, "remoteId");
            Objects.requireNonNull(publicUrl, "publicUrl");
        }
    }

    /** The channel holds no such post. */
    record NotFound() implements OfLookup, OfReadBack {}

    /**
     * The post as the channel holds it now.
     *
     * @param remoteId the channel's id of the post
     * @param publicUrl where the public sees it; empty when the channel did not say
     * @param live true when the public can see it (published, not a draft, not hidden)
     * @param text the title (WordPress, Zalo), the article's text from its title on (local site) or the
     *     message (Facebook) the channel holds
     */
    record RemotePost(String remoteId, String publicUrl, boolean live, String text) implements OfReadBack {}

    /**
     * The post was taken down, or was already gone.
     *
     * @param remoteId the channel's id of the post
     */
    record Unpublished(String remoteId) implements OfUnpublish {}

    /**
     * A transient failure: try again at {@code earliestRetry} or later.
     *
     * @param earliestRetry the earliest time a new attempt makes sense (rate limits, Retry-After, backoff)
     * @param reasonVi why, in Vietnamese
     * @param reasonEn why, in English
     */
    record RetryLater(Instant earliestRetry, String reasonVi, String reasonEn) implements Failure {}

    /**
     * A permanent failure that a person has to fix (credentials, permissions, content, configuration).
     *
     * @param reasonVi why and what to do, in Vietnamese
     * @param reasonEn why and what to do, in English
     */
    record NeedsAttention(String reasonVi, String reasonEn) implements Failure {}
}
