package vn.cchc.publisher.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.audit.ActivityKind;
import vn.cchc.publisher.audit.NewOfflineActivity;
import vn.cchc.publisher.audit.OfflineActivities;
import vn.cchc.publisher.audit.OfflineActivity;

/** {@code activity add}: records one offline activity. */
@Component
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Records an offline activity for a plan target; it is also written to the audit ledger.")
class ActivityAddCommand implements Callable<Integer> {

    private final OfflineActivities activities;

    @Spec
    CommandSpec spec;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the day it took place")
    LocalDate date;

    @Option(names = "--target", required = true, paramLabel = "ID", description = "the plan target it counts for")
    String target;

    @Option(
            names = "--kind",
            required = true,
            paramLabel = "KIND",
            description = "conference, lobby-tv, poster, contest or other")
    String kind;

    @Option(names = "--description", required = true, paramLabel = "TEXT", description = "what happened")
    String description;

    @Option(names = "--attachment", paramLabel = "FILE", description = "a photo, minutes or list to keep with it")
    @Nullable
    Path attachment;

    @Option(names = "--unit", paramLabel = "KEY", defaultValue = "local", description = "default: ${DEFAULT-VALUE}")
    String unit = "local";

    @Option(
            names = "--by",
            paramLabel = "NAME",
            defaultValue = "${sys:user.name}",
            description = "who records it (default: the system user)")
    String by;

    ActivityAddCommand(OfflineActivities activities) {
        this.activities = activities;
    }

    @Override
    public Integer call() {
        ActivityKind chosen = ActivityKind.byId(kind)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "--kind must be one of " + ActivityKind.ids() + ", not '" + kind + "'"));
        OfflineActivity recorded =
                activities.record(new NewOfflineActivity(unit, date, target, chosen, description, attachment, by));
        spec.commandLine()
                .getOut()
                .printf(
                        "Đã ghi hoạt động #%d: %s, %s, chỉ tiêu %s%s%n",
                        recorded.id(),
                        recorded.kind().title(),
                        recorded.date(),
                        recorded.target(),
                        recorded.attachment() == null ? "" : ", tệp kèm " + recorded.attachment());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
