package vn.cchc.publisher.web.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.publisher.shared.Progress;
import vn.cchc.publisher.shared.ProgressTracker;

/**
 * {@code GET /api/tasks} (every known task, newest first) and {@code GET /api/tasks/{id}}: the progress of
 * long work such as a re-verification, as JSON; an unknown (or forgotten) task is a 404 problem. Any
 * signed-in user.
 */
@RestController
class TasksController {

    private final ProgressTracker tracker;

    TasksController(ProgressTracker tracker) {
        this.tracker = tracker;
    }

    @GetMapping("/api/tasks")
    List<TaskView> all() {
        return tracker.all().stream().map(TaskView::of).toList();
    }

    @GetMapping("/api/tasks/{id}")
    ResponseEntity<?> one(@PathVariable String id) {
        return tracker.get(id)
                .<ResponseEntity<?>>map(progress -> ResponseEntity.ok(TaskView.of(progress)))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                            HttpStatus.NOT_FOUND, "Không có tác vụ " + id + " (hoặc đã xong quá một ngày).");
                    problem.setTitle("Không tìm thấy tác vụ");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND)
                            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(problem);
                });
    }

    /**
     * A task as JSON: the fields of {@link Progress}, its per cent and whether it is still running.
     *
     * @param running true while the work goes on
     */
    record TaskView(
            String id,
            String kind,
            String label,
            int done,
            int total,
            int percent,
            boolean running,
            Instant started,
            @Nullable Instant finished,
            @Nullable String failure,
            @Nullable String result) {

        static TaskView of(Progress p) {
            return new TaskView(
                    p.id(),
                    p.kind(),
                    p.label(),
                    p.done(),
                    p.total(),
                    p.percent(),
                    !p.isFinished(),
                    p.started(),
                    p.finished(),
                    p.failure(),
                    p.result());
        }
    }
}
