package vn.cchc.publisher.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.publishing.Approvals;

/** {@code approve ID} and {@code reject ID --comment}: the approver's decisions. */
final class DecisionCommands {

    private DecisionCommands() {}

    @Component
    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approves a queued publication.")
    static class Approve implements Subcommand, Callable<Integer> {

        private final Approvals approvals;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "the publication's number")
        long id;

        @Option(names = "--comment", paramLabel = "TEXT", description = "an optional comment")
        @Nullable
        String comment;

        @Option(
                names = "--by",
                paramLabel = "USER",
                defaultValue = "${sys:user.name}",
                description = "the approver (default: ${DEFAULT-VALUE})")
        String actor;

        Approve(Approvals approvals) {
            this.approvals = approvals;
        }

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(PublicationLines.line(approvals.approve(id, actor, comment)));
            return 0;
        }
    }

    @Component
    @Command(
            name = "reject",
            mixinStandardHelpOptions = true,
            description = "Rejects a queued publication: it goes back to the officer with the comment.")
    static class Reject implements Subcommand, Callable<Integer> {

        private final Approvals approvals;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "the publication's number")
        long id;

        @Option(names = "--comment", required = true, paramLabel = "TEXT", description = "why, for the officer")
        String comment;

        @Option(
                names = "--by",
                paramLabel = "USER",
                defaultValue = "${sys:user.name}",
                description = "the approver (default: ${DEFAULT-VALUE})")
        String actor;

        Reject(Approvals approvals) {
            this.approvals = approvals;
        }

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(PublicationLines.line(approvals.reject(id, actor, comment)));
            return 0;
        }
    }
}
