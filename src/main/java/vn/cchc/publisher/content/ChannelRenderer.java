package vn.cchc.publisher.content;

import vn.cchc.publisher.shared.Channel;

/**
 * Turns an article into what one channel needs. There is one renderer per {@link Channel}; each is a
 * Spring bean.
 *
 * @param <R> the rendition for the channel
 */
public interface ChannelRenderer<R> {

    /** The channel this renderer renders for. */
    Channel channel();

    /** Renders {@code article} with the channel's URLs; never null. */
    R render(Article article, Links links);
}
