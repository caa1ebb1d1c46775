package vn.cchc.publisher.publishing.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.publisher.publishing.Reverification;

/**
 * {@code POST /api/verification/runs}: starts a re-verification of this year's posts in the background
 * and answers 202 with {@code Location: /api/tasks/{id}}, where its progress is followed. While a run is
 * under way, the same answer names that run. Officers (and admins) only.
 */
@RestController
class VerificationRunsController {

    private final Reverification reverification;

    VerificationRunsController(Reverification reverification) {
        this.reverification = reverification;
    }

    @PostMapping("/api/verification/runs")
    ResponseEntity<Map<String, String>> start() {
        String id = reverification.startAll();
        URI task = URI.create("/api/tasks/" + id);
        return ResponseEntity.accepted().location(task).body(Map.of("taskId", id, "task", task.toString()));
    }
}
