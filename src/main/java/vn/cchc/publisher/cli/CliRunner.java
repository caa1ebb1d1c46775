package vn.cchc.publisher.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/**
 * Runs the command named on the command line (profile {@code cli}, set by the entry point) and keeps its
 * exit status for {@link org.springframework.boot.SpringApplication#exit}.
 */
@Component
@Profile("cli")
class CliRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private final List<Subcommand> commands;
    private int exitCode;

    CliRunner(ApplicationContext context, List<Subcommand> commands) {
        this.context = context;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = execute(args.getSourceArgs());
    }

    /** Runs one command line and returns its exit status. */
    int execute(String... args) {
        return newCommandLine(utf8(System.out), utf8(System.err)).execute(args);
    }

    CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new RootCommand(), this::create);
        commands.forEach(commandLine::addSubcommand);
        commandLine.setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            cl.getErr().println("error: " + oneLine(ex));
            return 1;
        });
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine cl = ex.getCommandLine();
            cl.getErr()
                    .println("error: " + ex.getMessage() + " (see '"
                            + cl.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        return commandLine;
    }

    /** Vietnamese text stays readable whatever the platform's default charset is. */
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    private <K> K create(Class<K> type) throws Exception {
        try {
            return context.getBean(type);
        } catch (NoSuchBeanDefinitionException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
