package vn.cchc.publisher.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentSnapshot;

/** {@code check}: validates everything under the content directory. */
@Component
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Validates every article and TTHC record under the content directory (cchc.content.dir).",
            "Prints each problem as file:line: field: reason (in Vietnamese) and exits 1 if there is any."
        })
class CheckCommand implements Subcommand, Callable<Integer> {

    private final ContentCatalog catalog;

    @Spec
    CommandSpec spec;

    CheckCommand(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        ContentSnapshot snapshot = catalog.load();
        snapshot.problems().forEach(p -> stdout.println(p.toVietnamese()));
        if (snapshot.isClean()) {
            stdout.printf(
                    "Nội dung hợp lệ: %d bài viết, %d thủ tục hành chính, không có lỗi.%n",
                    snapshot.articles().size(), snapshot.procedures().size());
            return 0;
        }
        long files = snapshot.problems().stream()
                .map(ContentProblem::file)
                .distinct()
                .count();
        stdout.printf(
                "Có %d vấn đề trong %d tệp; %d bài viết và %d thủ tục hành chính hợp lệ.%n",
                snapshot.problems().size(),
                files,
                snapshot.articles().size(),
                snapshot.procedures().size());
        return 1;
    }
}
