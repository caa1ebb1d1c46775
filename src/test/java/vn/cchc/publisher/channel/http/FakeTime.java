package vn.cchc.publisher.channel.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when a pause is taken: pauses are recorded, not waited. */
public final class FakeTime extends Clock implements Pause {

    /** Where a new fake clock starts. */
    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    private volatile Instant now;
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    public FakeTime(Instant start) {
        this.now = start;
    }

    public FakeTime() {
        this(START);
    }

    @Override
    public void pause(Duration duration) {
        pauses.add(duration);
        advance(duration);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The pauses taken, in order. */
    public List<Duration> pauses() {
        return List.copyOf(pauses);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
