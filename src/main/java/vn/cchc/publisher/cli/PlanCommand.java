package vn.cchc.publisher.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plan}: the yearly plan files. Does nothing by itself; its subcommands do. */
@Component
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "The yearly CCHC communications plan files (config/plan-YYYY.yaml).",
        subcommands = {PlanImportCommand.class, PlanCheckCommand.class})
class PlanCommand implements Subcommand, Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: import or check");
    }
}
