package vn.cchc.publisher.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.plan.PlanImporter;
import vn.cchc.publisher.plan.PlanProposal;

/** {@code plan import FILE}: prints a proposed plan file made from a plan's text. */
@Component
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a plan's text (extracted from its PDF or DOCX, or OCR text) and prints a proposed plan file.",
            "Every target names the source lines it came from; what could not be read is marked CHECK."
        })
class PlanImportCommand implements Callable<Integer> {

    private final PlanImporter importer;

    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the plan's text, UTF-8")
    @Nullable
    Path file;

    @Option(names = "--year", paramLabel = "YEAR", description = "the plan year, when the text does not say it")
    @Nullable
    Integer year;

    PlanImportCommand(PlanImporter importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        Path source = Objects.requireNonNull(file);
        CommandSpec command = Objects.requireNonNull(spec);
        PlanProposal proposal = importer.propose(source.getFileName().toString(), read(source), year);
        command.commandLine().getOut().print(proposal.yaml());
        command.commandLine().getOut().flush();
        command.commandLine()
                .getErr()
                .println(proposal.targets().size() + " targets proposed for " + proposal.unitName() + ", "
                        + proposal.year() + "; " + proposal.checkCount()
                        + (proposal.checkCount() == 1 ? " place" : " places") + " marked CHECK");
        return 0;
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
