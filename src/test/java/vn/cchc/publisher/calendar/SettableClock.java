package vn.cchc.publisher.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still at an instant the test sets, for application-context tests. */
public final class SettableClock extends Clock {

    private volatile Instant instant;

    public SettableClock(String instant) {
        this.instant = Instant.parse(instant);
    }

    /** Moves the clock to {@code instant} (ISO, e.g. {@code 2026-03-20T05:00:00Z}). */
    public void set(String instant) {
        this.instant = Instant.parse(instant);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
