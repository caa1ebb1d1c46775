package vn.cchc.publisher.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code activity}: offline activities. Does nothing by itself; its subcommands do. */
@Component
@Command(
        name = "activity",
        mixinStandardHelpOptions = true,
        description = "Offline activities (conferences, lobby TV clips, posters, contests) that count for the plan.",
        subcommands = {ActivityAddCommand.class, ActivityListCommand.class})
class ActivityCommand implements Subcommand, Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: add or list");
    }
}
