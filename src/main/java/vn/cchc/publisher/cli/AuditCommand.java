package vn.cchc.publisher.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit}: the audit ledger. Does nothing by itself; its subcommands do. */
@Component
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The append-only, hash-chained audit ledger.",
        subcommands = {AuditVerifyCommand.class})
class AuditCommand implements Subcommand, Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: verify");
    }
}
