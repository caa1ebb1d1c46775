package vn.cchc.publisher.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps the progress of long work in memory so that pages and the API can show it. Finished tasks are kept
 * for a day, then forgotten. Thread-safe: the work reports from its own threads.
 */
@Component
public class ProgressTracker {

    private static final Duration KEEP_FINISHED = Duration.ofDays(1);

    private final Clock clock;
    private final Map<String, Progress> tasks = new ConcurrentHashMap<>();

    public ProgressTracker(Clock clock) {
        this.clock = clock;
    }

    /** Starts tracking a task; report on it through the returned handle. */
    public Task start(String kind, String label, int total) {
        forgetOld();
        String id = UUID.randomUUID().toString();
        tasks.put(id, new Progress(id, kind, label, 0, Math.max(0, total), clock.instant(), null, null, null));
        return new Task(id);
    }

    /** The task of {@code id}, if it is still known. */
    public Optional<Progress> get(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /** Every known task, newest first. */
    public List<Progress> all() {
        forgetOld();
        return tasks.values().stream()
                .sorted(Comparator.comparing(Progress::started).reversed())
                .toList();
    }

    /** Tasks of {@code kind} still running, newest first. */
    public List<Progress> running(String kind) {
        return all().stream()
                .filter(p -> p.kind().equals(kind) && !p.isFinished())
                .toList();
    }

    private void forgetOld() {
        var cutoff = clock.instant().minus(KEEP_FINISHED);
        tasks.values().removeIf(p -> p.finished() != null && p.finished().isBefore(cutoff));
    }

    /** The handle the work reports through. */
    public final class Task {

        private final String id;

        private Task(String id) {
            this.id = id;
        }

        /** The task's identifier. */
        public String id() {
            return id;
        }

        /** Sets the total once it is known. */
        public void total(int total) {
            update(p -> new Progress(
                    p.id(), p.kind(), p.label(), p.done(), Math.max(0, total), p.started(), null, null, null));
        }

        /** Counts {@code n} more items done. */
        public void advance(int n) {
            update(p ->
                    new Progress(p.id(), p.kind(), p.label(), p.done() + n, p.total(), p.started(), null, null, null));
        }

        /** Ends the task, with an optional result to show (a link or a short text). */
        public void finish(@Nullable String result) {
            update(p -> new Progress(
                    p.id(), p.kind(), p.label(), p.done(), p.total(), p.started(), clock.instant(), null, result));
        }

        /** Ends the task early with the reason, in Vietnamese. */
        public void fail(String reason) {
            update(p -> new Progress(
                    p.id(), p.kind(), p.label(), p.done(), p.total(), p.started(), clock.instant(), reason, null));
        }

        /** Applies {@code change} unless the task has already ended (an ended task's figures stay as they were). */
        private void update(UnaryOperator<Progress> change) {
            tasks.computeIfPresent(id, (k, p) -> p.isFinished() ? p : change.apply(p));
        }
    }
}
