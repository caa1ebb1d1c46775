package vn.cchc.publisher.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import vn.cchc.publisher.shared.Channel;

/**
 * Each channel's last status check, shared by Actuator's health and the overview page so that neither asks
 * the channels on every request. The health of each channel, for Actuator: whether its adapter is configured and whether the channel
 * answered its last check. A channel is asked ({@link ChannelAdapter#status()}) at most once per {@code
 * interval}, on a thread of its own; a health request waits at most {@code wait} for a check under way
 * and otherwise reports the previous result. A channel that is disabled or not configured is {@code
 * UNKNOWN}, which leaves the service's aggregate status as it is; one that is unreachable or refuses the
 * credentials is {@code DOWN}. The details name the adapter, the state, the missing variables and the
 * English explanation: never a secret.
 */
public class ChannelChecks implements AutoCloseable {

    /** One check's result and when it was made. */
    record Checked(ChannelStatus status, Instant at) {}

    private final Channels channels;
    private final Clock clock;
    private final Duration interval;
    private final Duration wait;
    private final Map<Channel, Checked> last = new EnumMap<>(Channel.class);
    private final Map<Channel, CompletableFuture<Checked>> running = new EnumMap<>(Channel.class);
    private final ExecutorService checks;

    public ChannelChecks(Channels channels, Clock clock, Duration interval, Duration wait) {
        this.channels = channels;
        this.clock = clock;
        this.interval = interval;
        this.wait = wait;
        AtomicInteger threads = new AtomicInteger();
        this.checks = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "channel-health-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The status of {@code channel} from a check at most {@code interval} old, waiting at most {@code wait}
     * for a check under way; empty when the channel is disabled or no check has finished yet.
     */
    public Optional<ChannelStatus> status(Channel channel) {
        return channels.adapter(channel)
                .map(adapter -> checked(channel, adapter))
                .map(Checked::status);
    }

    /** The health of {@code channel}, from a check at most {@code interval} old when one finished in time. */
    Health health(Channel channel) {
        ChannelAdapter<?> adapter = channels.adapter(channel).orElse(null);
        if (adapter == null) {
            return Health.unknown()
                    .withDetail("enabled", false)
                    .withDetail("detail", "No adapter: the channel is disabled.")
                    .build();
        }
        Checked checked = checked(channel, adapter);
        if (checked == null) {
            return Health.unknown()
                    .withDetail("adapter", adapter.name())
                    .withDetail("state", "checking")
                    .build();
        }
        ChannelStatus status = checked.status();
        Health.Builder health = switch (status.state()) {
            case READY -> Health.up();
            case NOT_CONFIGURED -> Health.status(Status.UNKNOWN);
            case UNREACHABLE, REJECTED -> Health.down();
        };
        health.withDetail("adapter", status.adapter())
                .withDetail("state", status.state().name().toLowerCase(Locale.ROOT))
                .withDetail("configured", status.state() != ChannelStatus.State.NOT_CONFIGURED);
        if (!status.missing().isEmpty()) {
            health.withDetail("missing", status.missing());
        }
        return health.withDetail("detail", status.detailEn())
                .withDetail("checkedAt", checked.at().toString())
                .build();
    }

    private @Nullable Checked checked(Channel channel, ChannelAdapter<?> adapter) {
        Checked previous;
        CompletableFuture<Checked> check;
        synchronized (this) {
            previous = last.get(channel);
            if (previous != null && previous.at().plus(interval).isAfter(clock.instant())) {
                return previous;
            }
            check = running.get(channel);
            if (check == null) {
                check = CompletableFuture.supplyAsync(() -> check(adapter), checks);
                running.put(channel, check);
                check.whenComplete((result, failure) -> finished(channel, result));
            }
        }
        try {
            return check.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return previous;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return previous;
        } catch (ExecutionException e) {
            return previous;
        }
    }

    private synchronized void finished(Channel channel, @Nullable Checked result) {
        if (result != null) {
            last.put(channel, result);
        }
        running.remove(channel);
    }

    private Checked check(ChannelAdapter<?> adapter) {
        ChannelStatus status;
        try {
            status = adapter.status();
        } catch (RuntimeException e) {
            // adapters report failures in their status; this is a defect, and its message may quote a request
            String what = e.getClass().getSimpleName();
            status = new ChannelStatus(
                    adapter.channel(),
                    adapter.name(),
                    ChannelStatus.State.UNREACHABLE,
                    List.of(),
                    "Không kiểm tra được kênh (" + what + ").",
                    "The channel could not be checked (" + what + ").");
        }
        return new Checked(status, clock.instant());
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
