package vn.cchc.publisher.channel;

import vn.cchc.publisher.shared.Channel;

/**
 * Publishes articles to one destination: the built-in local site or a WordPress site, a Facebook Page, a
 * Zalo Official Account. There is one Spring bean per enabled destination, and one per channel at most
 * ({@link Channels} finds it).
 *
 * <p>Every method blocks until it has an answer, retries transient failures a bounded number of times
 * with exponential backoff (honouring {@code Retry-After} and the channel's rate-limit signals), and
 * never throws for anything the channel or the network does: failures come back as
 * {@link ChannelOutcome.Failure}. No method creates a second post for the same article: before any
 * create, and before retrying one whose answer was lost, the adapter looks for the post (by slug, title
 * or message).
 *
 * @param <R> the rendition the adapter publishes
 */
public interface ChannelAdapter<R> {

    /** The channel it publishes to. */
    Channel channel();

    /**
     * A short name of the destination: {@code local-site}, {@code wordpress}, {@code facebook},
     * {@code zalo}.
     */
    String name();

    /** The class of the rendition it takes, to pick the matching renderer. */
    Class<R> renditionType();

    /**
     * Whether it can publish: which secret or setting is missing, else whether the channel answers and
     * accepts the credentials (one light request).
     */
    ChannelStatus status();

    /**
     * Publishes the article. If the channel already holds it, returns {@link ChannelOutcome.AlreadyExists}
     * without changing it (call {@link #update} to bring it up to date).
     */
    ChannelOutcome.OfPublish publish(PublishRequest<R> request);

    /** Looks for the article on the channel, the way {@link #publish} does before creating it. */
    ChannelOutcome.OfLookup findExisting(PublishRequest<R> request);

    /** Reads the post with the given id back from the channel. */
    ChannelOutcome.OfReadBack readBack(String remoteId);

    /**
     * Replaces the content of the post with the given id by the request's, and makes it public again if
     * it was taken down reversibly. The id may change where the channel gives a new one (it is in the
     * outcome).
     */
    ChannelOutcome.OfPublish update(String remoteId, PublishRequest<R> request);

    /**
     * Takes the post down: WordPress moves it back to draft (reversible, keeps its id and slug, so a later
     * {@link #update} publishes it again); the local site, Facebook and Zalo delete it. A post that is
     * already gone counts as taken down.
     */
    ChannelOutcome.OfUnpublish unpublish(String remoteId);
}
