package vn.cchc.publisher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.audit.report.ReportFormat;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.Reports;
import vn.cchc.publisher.audit.report.UnknownUnitException;

/** {@code report}: the report of a period, in a format; {@code report explain} sets an explanation. */
@Component
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the report of a period: one row per plan target (required, published, verified, result,",
            "evidence, explanation) and a summary paragraph. md, csv and html go to standard output unless",
            "--output is given; xlsx and docx to --output, else to ./<file name>."
        },
        subcommands = ReportExplainCommand.class)
class ReportCommand implements Subcommand, Callable<Integer> {

    private final Reports reports;

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(
            names = "--period",
            defaultValue = Option.NULL_VALUE,
            paramLabel = "PERIOD",
            description = "A quarter (2026-Q1), a half-year (2026-H1) or a year (2026).")
    @Nullable
    String period;

    @Option(
            names = "--unit",
            defaultValue = Option.NULL_VALUE,
            paramLabel = "KEY",
            description = "Only this unit (its id, e.g. ttyt-mau). Default: every unit, with a total.")
    @Nullable
    String unit;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            description = "md, csv, xlsx, docx or html (default: ${DEFAULT-VALUE}).")
    String format = "md";

    @Option(
            names = "--output",
            defaultValue = Option.NULL_VALUE,
            paramLabel = "FILE",
            description = "Where to write the report.")
    @Nullable
    Path output;

    ReportCommand(Reports reports) {
        this.reports = reports;
    }

    @Override
    public Integer call() {
        CommandSpec spec = Objects.requireNonNull(this.spec);
        ReportPeriod chosen = period(spec, period);
        ReportFormat chosenFormat = format(spec, format);
        byte[] bytes;
        try {
            bytes = reports.export(chosen, unit, chosenFormat);
        } catch (UnknownUnitException e) {
            throw new ParameterException(spec.commandLine(), (unit == null ? "" : "--unit: ") + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean binary = chosenFormat == ReportFormat.XLSX || chosenFormat == ReportFormat.DOCX;
        if (output == null && !binary) {
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
            return 0;
        }
        Path file = output != null ? output : Path.of(reports.fileName(chosen, unit, chosenFormat));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("không ghi được tệp " + file + ": " + e.getMessage(), e);
        }
        out.printf("Đã ghi báo cáo %s (%s) vào %s%n", chosen.label(), chosenFormat.extension(), file.toAbsolutePath());
        out.flush();
        return 0;
    }

    /** The period of {@code --period}, or a Vietnamese reason naming the option. */
    static ReportPeriod period(CommandSpec spec, @Nullable String text) {
        if (text == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--period: thiếu kỳ báo cáo; ghi một quý (2026-Q1), 6 tháng (2026-H1) hoặc một năm (2026)");
        }
        try {
            return ReportPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--period: kỳ báo cáo \"" + text
                            + "\" không hợp lệ; ghi một quý (2026-Q1), 6 tháng (2026-H1) hoặc một năm (2026)");
        }
    }

    private static ReportFormat format(CommandSpec spec, String text) {
        try {
            return ReportFormat.of(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--format: định dạng \"" + text + "\" không hợp lệ; dùng md, csv, xlsx, docx hoặc html");
        }
    }
}
