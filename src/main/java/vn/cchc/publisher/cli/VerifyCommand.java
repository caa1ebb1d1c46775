package vn.cchc.publisher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.Drafts;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.Evidence;
import vn.cchc.publisher.verification.PageVerifier;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;

/** {@code verify URL --file ARTICLE}: checks one published page against an article's rendering. */
@Component
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Fetches a published page and checks it against the article's website rendering: HTTP 200 after",
            "redirects, title, every paragraph of the body, every image, the canonical URL and, with --listing,",
            "a link from the category or area page. Prints each check; exits 1 if any fails.",
            "The evidence (status, time, SHA-256, a gzip snapshot) is kept under cchc.verification.evidence-dir."
        })
class VerifyCommand implements Subcommand, Callable<Integer> {

    private final ContentCatalog catalog;
    private final Drafts drafts;
    private final PageVerifier verifier;
    private final SiteLayout site;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "the published page")
    String url;

    @Option(names = "--file", required = true, paramLabel = "ARTICLE", description = "the article's markdown file")
    Path file;

    @Option(
            names = "--listing",
            paramLabel = "URL",
            description = "the CCHC category or area page that must link to the post")
    @Nullable
    String listing;

    @Option(
            names = "--unit",
            paramLabel = "KEY",
            defaultValue = "local",
            description = "the unit the evidence is filed under (default: ${DEFAULT-VALUE})")
    String unit = "local";

    VerifyCommand(ContentCatalog catalog, Drafts drafts, PageVerifier verifier, SiteSettings settings) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.verifier = verifier;
        this.site = new SiteLayout(settings.baseUrl());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ContentProblem> problems = new ArrayList<>();
        Optional<Article> read = catalog.readArticle(file, problems);
        if (read.isEmpty()) {
            problems.forEach(spec.commandLine().getErr()::println);
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
