package vn.cchc.publisher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.Draft;
import vn.cchc.publisher.content.Drafts;

/** {@code draft FILE}: renders one article for every channel into files the officer can look at. */
@Component
@Command(
        name = "draft",
        mixinStandardHelpOptions = true,
        description = {
            "Renders one article for the website, Facebook and Zalo into <out>/<slug>/:",
            "website.html, facebook.txt and zalo.json. Links point to the local site (cchc.site.base-url).",
            "Exits 1, listing the problems, if the article has any."
        })
class DraftCommand implements Subcommand, Callable<Integer> {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ContentCatalog catalog;
    private final Drafts drafts;
    private final SiteLayout site;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the article's markdown file")
    Path file;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "target/drafts",
            description = "where to write the drafts (default: ${DEFAULT-VALUE})")
    Path out;

    DraftCommand(ContentCatalog catalog, Drafts drafts, SiteSettings settings) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.site = new SiteLayout(settings.baseUrl());
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<ContentProblem> problems = new ArrayList<>();
        Optional<Article> read = catalog.readArticle(file, problems);
        if (!problems.isEmpty() || read.isEmpty()) {
            problems.forEach(p -> stderr.println(p.toVietnamese()));
            return 1;
        }
        Article article = read.get();
        Draft draft = drafts.draft(article, site.linksFor(article));
        Path dir = out.resolve(article.slug());
        Files.createDirectories(dir);
        List<Path> written = List.of(
                write(dir.resolve("website.html"), PreviewPage.html(draft.website())),
                write(dir.resolve("facebook.txt"), draft.facebook().message() + "\n"),
                write(dir.resolve("zalo.json"), JSON.writeValueAsString(draft.zalo()) + "\n"));
        written.forEach(stdout::println);
        return 0;
    }

    private static Path write(Path path, String text) throws IOException {
        return Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
