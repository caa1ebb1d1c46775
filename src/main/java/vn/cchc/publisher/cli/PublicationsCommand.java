package vn.cchc.publisher.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Publications;

/** {@code publications [--state S]}: lists the queue. */
@Component
@Command(
        name = "publications",
        mixinStandardHelpOptions = true,
        description = "Lists the publications, oldest planned first.")
class PublicationsCommand implements Subcommand, Callable<Integer> {

    private final Publications publications;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--state",
            paramLabel = "STATE",
            description =
                    "queued, approved, publishing, published, verified, retrying, needs_attention, rejected, cancelled")
    @Nullable
    String state;

    PublicationsCommand(Publications publications) {
        this.publications = publications;
    }

    @Override
    public Integer call() {
        PublicationStatus wanted = state == null
                ? null
                : PublicationStatus.byId(state)
                        .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown state '" + state + "'"));
        List<PublicationView> list = publications.list(wanted);
        list.forEach(p -> spec.commandLine().getOut().println(PublicationLines.line(p)));
        if (list.isEmpty()) {
            spec.commandLine().getOut().println("Không có bài nào.");
        }
        return 0;
    }
}
