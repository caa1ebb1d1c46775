package vn.cchc.publisher.web.ui;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.publisher.shared.Progress;
import vn.cchc.publisher.shared.ProgressTracker;

/**
 * {@code /tasks}: the long work of the last day (department reports, re-verifications) and, at
 * {@code /tasks/{id}}, one task's progress; {@code static/js/progress.js} refreshes it from
 * {@code /tasks/{id}.json} every 2 seconds.
 */
@Controller
@NullMarked
class TasksPageController {

    private final ProgressTracker tracker;

    TasksPageController(ProgressTracker tracker) {
        this.tracker = tracker;
    }

    /**
     * A task as the pages and the polling script see it.
     *
     * @param state {@code running}, {@code finished} or {@code failed}
     * @param stateText the state in Vietnamese
     * @param result the link (or text) to show once finished, or null
     */
    record TaskView(
            String id,
            String kind,
            String label,
            int done,
            int total,
            int percent,
            String started,
            @Nullable String finished,
            String state,
            String stateText,
            @Nullable String failure,
            @Nullable String result,
            boolean resultIsLink) {}

    static TaskView view(Progress p) {
        String state = !p.isFinished() ? "running" : p.failure() != null ? "failed" : "finished";
        String stateText = switch (state) {
            case "running" -> "Đang chạy";
            case "failed" -> "Thất bại";
            default -> "Đã xong";
        };
        String result = p.result();
        return new TaskView(
                p.id(),
                kindText(p.kind()),
                p.label(),
                p.done(),
                p.total(),
                state.equals("finished") ? 100 : p.percent(),
                UiDates.dayTime(p.started()),
                UiDates.dayTimeOrNull(p.finished()),
                state,
                stateText,
                p.failure(),
                result,
                result != null && result.startsWith("/"));
    }

    private static String kindText(String kind) {
        return switch (kind) {
            case "report" -> "Báo cáo";
            case "reverification" -> "Kiểm tra lại bài đã đăng";
            default -> kind;
        };
    }

    @GetMapping("/tasks")
    String list(Model model) {
        model.addAttribute(
                "tasks", tracker.all().stream().map(TasksPageController::view).toList());
        return "ui/tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable String id, Model model) {
        model.addAttribute("task", view(find(id)));
        return "ui/task";
    }

    @GetMapping("/tasks/{id}.json")
    @ResponseBody
    ResponseEntity<TaskView> json(@PathVariable String id) {
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(view(find(id)));
    }

    private Progress find(String id) {
        return tracker.get(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Không có công việc này (công việc đã xong được giữ một ngày)."));
    }
}
