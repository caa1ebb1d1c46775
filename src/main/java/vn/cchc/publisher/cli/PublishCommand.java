package vn.cchc.publisher.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.publishing.PassResult;
import vn.cchc.publisher.publishing.PublishingEngine;

/** {@code publish --due [--dry-run]}: one publishing pass, then exit. */
@Component
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Publishes every approved publication that is due, once, then exits.",
            "Publications a crashed run left half-done are reconciled with their channel first.",
            "With --dry-run nothing is sent: prints what would go where."
        })
class PublishCommand implements Subcommand, Callable<Integer> {

    private final PublishingEngine engine;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Option(names = "--due", required = true, defaultValue = "false", description = "publish what is due now")
    boolean due;

    @Option(names = "--dry-run", defaultValue = "false", description = "print what would be published, send nothing")
    boolean dryRun;

    PublishCommand(PublishingEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Instant now = clock.instant();
        if (!dryRun) {
            int recovered = engine.recover(now);
            if (recovered > 0) {
                out.println("Đã đối chiếu " + recovered + " bài bị gián đoạn với kênh.");
            }
        }
        PassResult result = engine.publishDue(now, dryRun);
        result.lines().forEach(out::println);
        if (dryRun) {
            out.println(
                    result.lines().isEmpty()
                            ? "Không có bài nào đến hạn."
                            : result.lines().size() + " bài sẽ được đăng.");
            return 0;
        }
        out.println("Đã đăng: " + result.published() + ", chờ thử lại: " + result.retrying() + ", cần xử lý: "
                + result.needsAttention());
        return result.needsAttention() > 0 ? 1 : 0;
    }
}
