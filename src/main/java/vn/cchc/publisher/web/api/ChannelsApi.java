package vn.cchc.publisher.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.publisher.web.ui.ChannelHealth;

/** {@code GET /api/channels}: the channel health the overview shows, as JSON, for any signed-in user. */
@RestController
@Tag(name = "Channels", description = "Tình trạng các kênh / channel health")
class ChannelsApi {

    private final ChannelHealth health;

    ChannelsApi(ChannelHealth health) {
        this.health = health;
    }

    @GetMapping("/api/channels")
    @Operation(
            summary = "Tình trạng các kênh / each channel's state, token expiry, Graph API version, articles not"
                    + " yet shared")
    ChannelHealth.Report channels() {
        return health.check();
    }
}
