package vn.cchc.publisher.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.publishing.Approvals;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.shared.Channel;

/** {@code queue FILE --channel website,facebook [--at ISO]}: puts a ready article in the queue. */
@Component
@Command(
        name = "queue",
        mixinStandardHelpOptions = true,
        description = {
            "Queues a ready article on channels. It goes out at --at (default now) once approved;",
            "a target with 'approval: none' needs no approval."
        })
class QueueCommand implements Subcommand, Callable<Integer> {

    private final Approvals approvals;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the article, e.g. content/articles/x.md")
    String file;

    @Option(
            names = "--channel",
            split = ",",
            required = true,
            paramLabel = "CHANNEL",
            description = "website, facebook, zalo (comma-separated)")
    List<String> channels;

    @Option(names = "--at", paramLabel = "ISO", description = "when: 2026-03-02T08:00 (Vietnam time) or with offset")
    @Nullable
    String at;

    @Option(
            names = "--unit",
            paramLabel = "KEY",
            description = "the unit key (default: the plan's, else cchc.publishing.unit)")
    @Nullable
    String unit;

    @Option(
            names = "--by",
            paramLabel = "USER",
            defaultValue = "${sys:user.name}",
            description = "who queues it (default: ${DEFAULT-VALUE})")
    String actor;

    QueueCommand(Approvals approvals, Clock clock) {
        this.approvals = approvals;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Set<Channel> wanted = EnumSet.noneOf(Channel.class);
        for (String id : channels) {
            wanted.add(Channel.byId(id.trim())
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(), "unknown channel '" + id + "', use one of " + Channel.ids())));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (PublicationView p : approvals.queue(unit, file, wanted, plannedAt(), actor)) {
            out.println(PublicationLines.line(p));
        }
        return 0;
    }

    private Instant plannedAt() {
        if (at == null) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(at).atZone(clock.getZone()).toInstant();
            } catch (DateTimeParseException again) {
                throw new ParameterException(spec.commandLine(), "--at: not an ISO date-time: " + at);
            }
        }
    }
}
