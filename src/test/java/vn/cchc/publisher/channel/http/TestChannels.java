package vn.cchc.publisher.channel.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.reactive.function.client.WebClient;
import vn.cchc.publisher.channel.ChannelsProperties;

/** Settings and collaborators for adapter tests: short timeouts, no jitter, fake time. */
public final class TestChannels {

    /** The response timeout of test clients; WireMock delays longer than this make timeouts. */
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(2);

    /** A WireMock delay that always exceeds {@link #RESPONSE_TIMEOUT}, in milliseconds. */
    public static final int TOO_SLOW = (int) RESPONSE_TIMEOUT.toMillis() + 2_000;

    private TestChannels() {}

    public static ChannelsProperties.Http http() {
        return new ChannelsProperties.Http(Duration.ofSeconds(2), RESPONSE_TIMEOUT, 2, Duration.ofSeconds(2));
    }

    /** Three attempts, 1 s then 2 s, at most 20 s waited inside a call. */
    public static ChannelsProperties.Retry retry() {
        return new ChannelsProperties.Retry(
                3, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5, Duration.ofSeconds(20));
    }

    public static ChannelHttp client(String name) {
        return ChannelHttp.create(name, name, http(), WebClient.builder());
    }

    /** A retry loop whose waits only move {@code time}; jitter drawn as zero. */
    public static RetryLoop retryLoop(FakeTime time) {
        ChannelsProperties.Retry retry = retry();
        return new RetryLoop(retry, new Backoff(retry, () -> 0.0), time, time);
    }

    /** Secrets from a map instead of the process environment. */
    public static SecretSource secrets(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name)).map(Secret::of);
    }
}
