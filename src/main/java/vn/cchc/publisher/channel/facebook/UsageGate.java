package vn.cchc.publisher.channel.facebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.http.FailedCall;
import vn.cchc.publisher.channel.http.HttpReply;

/**
 * Stops calls to the Page while Facebook says its rate limit is reached, since every call made then
 * counts against the limit too. It reads the usage headers of every answer: {@code X-App-Usage} and
 * {@code X-Page-Usage} (percentages; at 100 the calls are throttled, for a time Facebook does not give)
 * and {@code X-Business-Use-Case-Usage} (per business object, with
 * {@code estimated_time_to_regain_access} in minutes).
 */
final class UsageGate {

    private static final Logger log = LoggerFactory.getLogger(UsageGate.class);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Clock clock;
    private final Duration usagePause;
    private final AtomicReference<Instant> blockedUntil = new AtomicReference<>(Instant.MIN);

    /** @param usagePause how long to stop when a limit is reached and Facebook gives no time */
    UsageGate(Clock clock, Duration usagePause) {
        this.clock = clock;
        this.usagePause = usagePause;
    }

    /** Throws "retry later" while the Page is blocked. */
    void check() {
        Instant until = blockedUntil.get();
        if (clock.instant().isBefore(until)) {
            throw new FailedCall(limited(until));
        }
    }

    /** Blocks the Page until {@code until} (keeps a later block) and returns the block's end. */
    Instant block(Instant until) {
        Instant end = blockedUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
        log.info("Facebook rate limit reached; no calls to the Page before {}", end);
        return end;
    }

    /** Blocks for the usage pause, or longer if the headers asked for longer. */
    Instant blockForUsage() {
        return block(clock.instant().plus(usagePause));
    }

    /** Reads the usage headers of an answer and blocks the Page if a limit is reached. */
    void observe(HttpReply reply) {
        Instant now = clock.instant();
        Instant until = Instant.MIN;
        for (String header : new String[] {"X-App-Usage", "X-Page-Usage"}) {
            @Nullable JsonNode usage = parse(reply, header);
            if (usage != null && atLimit(usage)) {
                until = later(until, now.plus(usagePause));
            }
        }
        @Nullable JsonNode business = parse(reply, "X-Business-Use-Case-Usage");
        if (business != null) {
            for (Map.Entry<String, JsonNode> object : business.properties()) {
                for (JsonNode entry : object.getValue()) {
                    long minutes = entry.path("estimated_time_to_regain_access").asLong(0);
                    if (minutes > 0) {
                        until = later(until, now.plus(Duration.ofMinutes(minutes)));
                    } else if (atLimit(entry)) {
                        until = later(until, now.plus(usagePause));
                    }
                }
            }
        }
        if (until.isAfter(now)) {
            block(until);
        }
    }

    /** "Retry later" at the end of a block, with the time in the unit's time zone for the officer. */
    ChannelOutcome.RetryLater limited(Instant until) {
        return new ChannelOutcome.RetryLater(
                until,
                "Facebook đang giới hạn số lần gọi API của Trang; sẽ thử lại sau " + TIME.format(until) + ".",
                "Facebook rate-limits the Page; retry after " + until + ".");
    }

    private static boolean atLimit(JsonNode usage) {
        return usage.path("call_count").asInt(0) >= 100
                || usage.path("total_time").asInt(0) >= 100
                || usage.path("total_cputime").asInt(0) >= 100;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static @Nullable JsonNode parse(HttpReply reply, String header) {
        String value = reply.header(header).orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(value);
            return node.isObject() ? node : null;
        } catch (JacksonException e) {
            log.debug("Ignoring an unreadable {} header", header);
            return null;
        }
    }
}
