package vn.cchc.publisher.verification.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cchc.publisher.verification.VerificationEvents;

/**
 * {@code cchc.verifications} (counter), tags {@code result} ({@code passed}, {@code failed}) and {@code kind}
 * ({@code page}, {@code tthc-listing}, {@code read-back}): counted from the {@link VerificationEvents} once
 * they are committed.
 */
@Component
class VerificationMetrics {

    static final String VERIFICATIONS = "cchc.verifications";

    private final MeterRegistry registry;

    VerificationMetrics(MeterRegistry registry) {
        this.registry = registry;
        // present from the start, at 0, so a dashboard finds them
        for (String kind : new String[] {"page", "tthc-listing", "read-back"}) {
            counter("passed", kind);
            counter("failed", kind);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(VerificationEvents.Verified event) {
        count("passed", event.kind());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(VerificationEvents.VerificationFailed event) {
        count("failed", event.kind());
    }

    private void count(String result, String kind) {
        counter(result, kind).increment();
    }

    private Counter counter(String result, String kind) {
        return Counter.builder(VERIFICATIONS)
                .description("Verifications of published content, by result and kind")
                .tag("result", result)
                .tag("kind", kind)
                .register(registry);
    }
}
