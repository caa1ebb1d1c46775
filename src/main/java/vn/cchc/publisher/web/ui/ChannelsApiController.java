package vn.cchc.publisher.web.ui;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/channels}: the channel health of the overview, as JSON, for any signed-in user. */
@RestController
class ChannelsApiController {

    private final ChannelHealth health;

    ChannelsApiController(ChannelHealth health) {
        this.health = health;
    }

    @GetMapping("/api/channels")
    ChannelHealth.Report channels() {
        return health.check();
    }
}
