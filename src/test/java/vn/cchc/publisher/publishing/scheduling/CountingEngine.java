package vn.cchc.publisher.publishing.scheduling;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.cchc.publisher.publishing.MonthlyResult;
import vn.cchc.publisher.publishing.PassResult;
import vn.cchc.publisher.publishing.PublishedVerification;
import vn.cchc.publisher.publishing.PublishingEngine;

/** An engine that does nothing but remember how it was called, in order, from any thread. */
class CountingEngine implements PublishingEngine, PublishedVerification {

    record Call(String method, Instant now, YearMonth month) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public PassResult publishDue(Instant now, boolean dryRun) {
        calls.add(new Call(dryRun ? "publishDue(dry-run)" : "publishDue", now, YearMonth.of(1970, 1)));
        return new PassResult(0, 0, 0, List.of());
    }

    @Override
    public MonthlyResult publishMonthly(YearMonth month, Instant now) {
        calls.add(new Call("publishMonthly", now, month));
        return new MonthlyResult(0, 0, 0, 0);
    }

    @Override
    public int recover(Instant now) {
        calls.add(new Call("recover", now, YearMonth.of(1970, 1)));
        return 0;
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    @Override
    public Outcome verifyPublished(Instant now) {
        calls.add(new Call("verifyPublished", now, YearMonth.of(1970, 1)));
        return new Outcome(0, 0);
    }
}
