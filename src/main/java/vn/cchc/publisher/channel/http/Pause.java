package vn.cchc.publisher.channel.http;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Waits between two attempts. Tests give one that only records the wait. */
@FunctionalInterface
public interface Pause {

    /** Blocks the calling thread for {@code duration}. */
    void pause(Duration duration);

    /** The real wait: parks the thread (an interrupt ends it early and is kept set). */
    static Pause blocking() {
        return duration -> {
            long deadline = System.nanoTime() + duration.toNanos();
            long left = duration.toNanos();
            while (left > 0 && !Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(left);
                left = deadline - System.nanoTime();
            }
        };
    }
}
