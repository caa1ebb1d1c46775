package vn.cchc.publisher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.Drafts;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.publishing.Reverification;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.Evidence;
import vn.cchc.publisher.verification.PageVerifier;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;

/**
 * {@code verify URL --file ARTICLE}: checks one published page against an article's rendering; {@code verify
 * --all}: re-verifies every post published this year, now.
 */
@Component
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Fetches a published page and checks it against the article's website rendering: HTTP 200 after",
            "redirects, title, every paragraph of the body, every image, the canonical URL and, with --listing,",
            "a link from the category or area page. Prints each check; exits 1 if any fails.",
            "The evidence (status, time, SHA-256, a gzip snapshot) is kept under cchc.verification.evidence-dir.",
            "With --all: re-verifies every post published this year (as the weekly job does), one line each;",
            "gone or changed posts need attention. Exits 1 if any failed, 2 if the local site did not answer."
        })
class VerifyCommand implements Subcommand, Callable<Integer> {

    private final ContentCatalog catalog;
    private final Drafts drafts;
    private final PageVerifier verifier;
    private final SiteLayout site;

    @Spec
    CommandSpec spec;

    // explicit defaults: the command is a singleton, and picocli resets a field to its default at each parse
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "URL",
            defaultValue = Option.NULL_VALUE,
            description = "the published page")
    @Nullable
    String url;

    @Option(
            names = "--file",
            paramLabel = "ARTICLE",
            defaultValue = Option.NULL_VALUE,
            description = "the article's markdown file")
    @Nullable
    Path file;

    @Option(names = "--all", defaultValue = "false", description = "re-verify every post published this year, now")
    boolean all;

    @Option(
            names = "--listing",
            paramLabel = "URL",
            defaultValue = Option.NULL_VALUE,
            description = "the CCHC category or area page that must link to the post")
    @Nullable
    String listing;

    @Option(
            names = "--unit",
            paramLabel = "KEY",
            defaultValue = "local",
            description = "the unit the evidence is filed under (default: ${DEFAULT-VALUE})")
    String unit = "local";

    private final Reverification reverification;
    private final Clock clock;

    VerifyCommand(
            ContentCatalog catalog,
            Drafts drafts,
            PageVerifier verifier,
            SiteSettings settings,
            Reverification reverification,
            Clock clock) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.verifier = verifier;
        this.site = new SiteLayout(settings.baseUrl());
        this.reverification = reverification;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (all) {
            if (url != null || file != null || listing != null) {
                throw new ParameterException(spec.commandLine(), "--all takes no URL, --file or --listing");
            }
            return all();
        }
        if (url == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'URL' (or --all)");
        }
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--file=ARTICLE'");
        }
        return one(url, file);
    }

    private int all() {
        PrintWriter out = spec.commandLine().getOut();
        Reverification.Run run = reverification.runAll(clock.instant());
        for (Reverification.Line line : run.lines()) {
            out.println(String.join(
                    "\t",
                    line.publicationId() == null ? "TTHC" : "#" + line.publicationId(),
                    line.channel().id(),
                    line.url(),
                    verdict(line)));
        }
        out.printf(
                "Kiểm tra lại %d bài đã đăng năm %d: %d đạt, %d không đạt, %d chưa kiểm tra.%n",
                run.lines().size(), run.year(), run.passed(), run.failed(), run.notChecked());
        out.flush();
        if (run.localSiteDown() != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Không kiểm tra được các trang của trang web nội bộ: " + run.localSiteDown()
                    + " không trả lời (dịch vụ chưa chạy? Hãy chạy serve rồi thử lại).");
            err.flush();
        }
        if (run.failed() > 0) {
            return 1;
        }
        return run.localSiteDown() != null ? 2 : 0;
    }

    private static String verdict(Reverification.Line line) {
        String label = switch (line.verdict()) {
            case PASSED -> "Đạt";
            case RECOVERED -> "Đạt (đã trở lại bình thường)";
            case FLAGGED -> "Không đạt (cần xử lý)";
            case STILL_FAILING -> "Không đạt (vẫn cần xử lý)";
            case UNREACHABLE -> "Không đạt (tạm thời)";
            case NOT_CHECKED -> "Chưa kiểm tra";
        };
        return line.reasonVi() == null ? label : label + ": " + line.reasonVi();
    }

    private int one(String url, Path file) {
        PrintWriter out = spec.commandLine().getOut();
        List<ContentProblem> problems = new ArrayList<>();
        Optional<Article> read = catalog.readArticle(file, problems);
        if (read.isEmpty()) {
            problems.forEach(p -> spec.commandLine().getErr().println(p.toVietnamese()));
            spec.commandLine().getErr().flush();
            return 1;
        }
        Article article = read.get();
        WebsitePage page = drafts.draft(article, site.linksFor(article)).website();
        VerificationResult result = verifier.verify(new VerificationRequest(null, unit, url, page, listing));
        for (Check check : result.checks()) {
            out.printf("%s %-9s %s%n", check.passed() ? "✓" : "✗", check.name(), check.detail());
        }
        Evidence evidence = result.evidence();
        evidence.redirects().forEach(hop -> out.println("  chuyển hướng: " + hop));
        if (evidence.sha256() != null) {
            out.printf("  SHA-256: %s, bản lưu: %s%n", evidence.sha256(), evidence.snapshot());
        }
        out.println(
                result.passed()
                        ? "Đạt: trang hiển thị đúng bài viết."
                        : "Không đạt: " + result.failures().size() + " kiểm tra không qua.");
        out.flush();
        return result.passed() ? 0 : 1;
    }
}
