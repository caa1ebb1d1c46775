package vn.cchc.publisher.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.audit.OfflineActivities;
import vn.cchc.publisher.audit.OfflineActivity;

/** {@code activity list}: the offline activities of a unit in a date range. */
@Component
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the unit's offline activities.")
class ActivityListCommand implements Callable<Integer> {

    private final OfflineActivities activities;

    @Spec
    CommandSpec spec;

    @Option(names = "--unit", paramLabel = "KEY", defaultValue = "local", description = "default: ${DEFAULT-VALUE}")
    String unit = "local";

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", defaultValue = "2000-01-01", description = "first day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", defaultValue = "2100-12-31", description = "last day")
    LocalDate to;

    ActivityListCommand(OfflineActivities activities) {
        this.activities = activities;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<OfflineActivity> list = activities.list(unit, from, to);
        for (OfflineActivity a : list) {
            out.printf(
                    "#%d  %s  %-9s  %s: %s%s%n",
                    a.id(),
                    a.date(),
                    a.target(),
                    a.kind().title(),
                    a.description(),
                    a.attachment() == null ? "" : " [" + a.attachment() + "]");
        }
        out.printf("%d hoạt động.%n", list.size());
        out.flush();
        return 0;
    }
}
