package vn.cchc.publisher.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The progress the pages show of long work: counting, ending, and forgetting after a day. */
class ProgressTrackerTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-20T05:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final ProgressTracker tracker = new ProgressTracker(clock);

    @Test
    void countsUpToTheTotalAndEndsWithItsResult() {
        ProgressTracker.Task task = tracker.start("report", "Báo cáo Quý I/2026 – toàn Sở", 0);
        task.total(3);
        task.advance(1);
        Progress running = tracker.get(task.id()).orElseThrow();
        assertThat(running.done()).isEqualTo(1);
        assertThat(running.percent()).isEqualTo(33);
        assertThat(running.isFinished()).isFalse();
        assertThat(tracker.running("report")).extracting(Progress::id).containsExactly(task.id());

        task.advance(2);
        now.set(now.get().plusSeconds(5));
        task.finish("/reports/files/" + task.id());

        Progress done = tracker.get(task.id()).orElseThrow();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.finished()).isEqualTo(Instant.parse("2026-03-20T05:00:05Z"));
        assertThat(done.result()).isEqualTo("/reports/files/" + task.id());
        assertThat(tracker.running("report")).isEmpty();
    }

    @Test
    void anEndedTaskKeepsItsFiguresAndIsForgottenAfterADay() {
        ProgressTracker.Task task = tracker.start("reverification", "Kiểm tra lại bài đã đăng", 10);
        task.advance(4);
        task.fail("Trang web nội bộ không trả lời.");
        task.advance(6);
        task.finish("late");

        Progress failed = tracker.get(task.id()).orElseThrow();
        assertThat(failed.done()).isEqualTo(4);
        assertThat(failed.failure()).isEqualTo("Trang web nội bộ không trả lời.");
        assertThat(failed.result()).isNull();

        now.set(now.get().plus(Duration.ofHours(25)));
        tracker.start("report", "Báo cáo khác", 1);
        assertThat(tracker.get(task.id())).isEmpty();
        assertThat(tracker.all()).hasSize(1);
    }
}
