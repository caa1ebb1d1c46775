package vn.cchc.publisher.channel.http;

import io.netty.channel.ChannelOption;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Exceptions;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import vn.cchc.publisher.channel.ChannelsProperties;

/**
 * The HTTP client of one channel: a WebClient on Reactor Netty with a connect timeout, a response
 * timeout, and a connection pool that allows at most {@code maxConcurrency} connections (so requests) at
 * once per host; further requests wait for a free connection. Calls block until the whole answer is read
 * and are meant for the scheduler's worker threads. A network failure becomes a
 * {@link TransientFailure}; an HTTP error status is returned like any other answer.
 */
public final class ChannelHttp implements AutoCloseable {

    private final String channelVi;
    private final String channelEn;
    private final WebClient client;
    private final ConnectionProvider connections;
    private final Duration blockLimit;

    private ChannelHttp(
            String channelVi, String channelEn, WebClient client, ConnectionProvider connections, Duration limit) {
        this.channelVi = channelVi;
        this.channelEn = channelEn;
        this.client = client;
        this.connections = connections;
        this.blockLimit = limit;
    }

    /**
     * Creates the client of one channel.
     *
     * @param channelVi the channel's name in Vietnamese, for reasons ("WordPress", "Facebook")
     * @param channelEn the channel's name in English, also the pool's name
     * @param settings timeouts and concurrency
     * @param builder a WebClient builder (Spring Boot's, with its codecs), configured further here
     */
    public static ChannelHttp create(
            String channelVi, String channelEn, ChannelsProperties.Http settings, WebClient.Builder builder) {
        ConnectionProvider connections = ConnectionProvider.builder("cchc-" + channelEn.toLowerCase())
                .maxConnections(settings.maxConcurrency())
                .pendingAcquireMaxCount(256)
                .pendingAcquireTimeout(settings.responseTimeout())
                .maxIdleTime(settings.idleTimeout())
                .build();
        HttpClient httpClient = HttpClient.create(connections)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        settings.connectTimeout().toMillis())
                .responseTimeout(settings.responseTimeout());
        WebClient client = builder.clone()
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
        // the slowest legitimate call waits for a pooled connection, connects, and waits for the answer
        Duration limit = settings.responseTimeout()
                .multipliedBy(2)
                .plus(settings.connectTimeout())
                .plusSeconds(5);
        return new ChannelHttp(channelVi, channelEn, client, connections, limit);
    }

    /** Sends a request without a body. */
    public HttpReply send(HttpMethod method, URI uri, Consumer<HttpHeaders> headers) {
        return send(method, uri, headers, null);
    }

    /**
     * Sends a request and reads the whole answer.
     *
     * @param headers sets the request headers (content type included)
     * @param body the body; null for none
     * @throws TransientFailure when the request could not be sent or no complete answer came back in time
     */
    public HttpReply send(HttpMethod method, URI uri, Consumer<HttpHeaders> headers, byte @Nullable [] body) {
        WebClient.RequestBodySpec spec = client.method(method).uri(uri).headers(headers);
        WebClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.body(BodyInserters.fromValue(body));
        try {
            HttpReply reply = ready.exchangeToMono(response -> response.bodyToMono(byte[].class)
                            .defaultIfEmpty(new byte[0])
                            .map(bytes -> new HttpReply(
                                    response.statusCode().value(),
                                    HttpHeaders.copyOf(response.headers().asHttpHeaders()),
                                    new String(bytes, StandardCharsets.UTF_8))))
                    .block(blockLimit);
            if (reply == null) {
                throw noAnswer(method, uri, "no answer");
            }
            return reply;
        } catch (RuntimeException e) {
            if (e instanceof TransientFailure transientFailure) {
                throw transientFailure;
            }
            throw noAnswer(method, uri, describe(e));
        }
    }

    private TransientFailure noAnswer(HttpMethod method, URI uri, String what) {
        // the path only: no query string, no credentials, whatever the caller put there
        return new TransientFailure(
                "Không nhận được trả lời từ " + channelVi + " (" + what + ")",
                "No answer from " + channelEn + " to " + method.name() + " " + uri.getPath() + " (" + what + ")");
    }

    private static String describe(RuntimeException e) {
        Throwable cause = Exceptions.unwrap(e);
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException
                || cause.getClass().getSimpleName().contains("Timeout")
                || (e.getMessage() != null && e.getMessage().startsWith("Timeout on blocking read"))) {
            return "timeout";
        }
        return cause.getClass().getSimpleName();
    }

    @Override
    public void close() {
        connections.dispose();
    }
}
