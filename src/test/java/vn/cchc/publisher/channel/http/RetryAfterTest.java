package vn.cchc.publisher.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class RetryAfterTest {

    final Instant now = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void readsSeconds() {
        assertThat(RetryAfter.parse("120", now)).contains(now.plusSeconds(120));
    }

    @Test
    void readsAnHttpDate() {
        assertThat(RetryAfter.parse("Mon, 02 Mar 2026 01:05:00 GMT", now)).contains(now.plusSeconds(300));
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.of(new HttpReply(429, new HttpHeaders(), ""), now))
                .isEmpty();
    }
}
