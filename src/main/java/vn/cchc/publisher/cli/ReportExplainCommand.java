package vn.cchc.publisher.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.audit.report.Explanation;
import vn.cchc.publisher.audit.report.ReportExplanations;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.UnknownUnitException;

/** {@code report explain}: the officer's explanation of a target in a period, shown in the report. */
@Component
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Sets the explanation of a target in a period (most often of one not met); the latest one is shown",
            "in the report, and every change is written to the audit ledger. An empty TEXT removes it."
        })
class ReportExplainCommand implements Callable<Integer> {

    private final ReportExplanations explanations;

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2026-Q1, 2026-H1 or 2026")
    String period = "";

    @Option(names = "--unit", required = true, paramLabel = "KEY", description = "the unit's id, e.g. ttyt-mau")
    String unit = "";

    @Option(names = "--target", required = true, paramLabel = "ID", description = "the plan target's id")
    String target = "";

    @Option(
            names = "--by",
            paramLabel = "NAME",
            defaultValue = "${sys:user.name}",
            description = "who writes it (default: the system user)")
    String by = "";

    @Parameters(paramLabel = "TEXT", description = "the explanation, at most 2,000 characters")
    String text = "";

    ReportExplainCommand(ReportExplanations explanations) {
        this.explanations = explanations;
    }

    @Override
    public Integer call() {
        CommandSpec spec = Objects.requireNonNull(this.spec);
        ReportPeriod chosen = ReportCommand.period(spec, period);
        Explanation written;
        try {
            written = explanations.explain(chosen, unit, target, text, by);
        } catch (UnknownUnitException e) {
            throw new ParameterException(spec.commandLine(), "--unit: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            String message = Objects.requireNonNullElse(e.getMessage(), "");
            throw new ParameterException(
                    spec.commandLine(),
                    message.startsWith("target:") ? "--" + message : message.replaceFirst("^text:", "TEXT:"));
        }
        spec.commandLine()
                .getOut()
                .printf(
                        written.text().isEmpty()
                                ? "Đã xoá giải trình của chỉ tiêu %s (đơn vị %s, %s).%n"
                                : "Đã ghi giải trình của chỉ tiêu %s (đơn vị %s, %s).%n",
                        written.target(),
                        written.unit(),
                        chosen.label());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
