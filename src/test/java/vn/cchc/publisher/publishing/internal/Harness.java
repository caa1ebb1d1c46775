package vn.cchc.publisher.publishing.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.SiteLayout;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.content.Draft;
import vn.cchc.publisher.content.Drafts;
import vn.cchc.publisher.content.FacebookPost;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.content.ZaloArticle;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.verification.PageVerifier;

/**
 * The publishing module wired by hand on a fresh database: an in-memory H2 (or the PostgreSQL of
 * {@code POSTGRES_IT_URL}, in a fresh schema), a content catalogue the test fills, renders made from
 * the article alone, and the events collected.
 */
final class Harness implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    final DataSource dataSource;
    final List<Article> articles = new CopyOnWriteArrayList<>();
    final List<Object> events = new CopyOnWriteArrayList<>();
    final ApplicationEventPublisher publisher = events::add;
    final TransactionTemplate tx;
    final PublicationStore store;
    final ContentCatalog catalog = new ContentCatalog() {
        @Override
        public ContentSnapshot load() {
            return new ContentSnapshot(List.copyOf(articles), List.of(), List.of());
        }

        @Override
        public java.util.Optional<Article> readArticle(Path file, List<ContentProblem> problems) {
            return java.util.Optional.empty();
        }
    };
    boolean approvalRequired = true;
    private final List<DefaultPublishingEngine> engines = new ArrayList<>();

    Harness() {
        this(Harness::storeOn);
    }

    /** With a store of the test's own making, on this harness's database. */
    Harness(Function<DataSource, PublicationStore> stores) {
        this.dataSource = database();
        Flyway.configure().dataSource(dataSource).load().migrate();
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.store = stores.apply(dataSource);
    }

    /** Set by the {@code *IT} classes: use the PostgreSQL of {@code POSTGRES_IT_URL} instead of H2. */
    static volatile boolean postgres;

    private static DataSource database() {
        String postgres = System.getenv("POSTGRES_IT_URL");
        if (!Harness.postgres || postgres == null || postgres.isBlank()) {
            return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        String schema = "t" + UUID.randomUUID().toString().replace("-", "");
        String user = System.getenv().getOrDefault("POSTGRES_IT_USER", "postgres");
        String password = System.getenv().getOrDefault("POSTGRES_IT_PASSWORD", "postgres");
        JdbcClient.create(new DriverManagerDataSource(postgres, user, password))
                .sql("create schema " + schema)
                .update();
        String separator = postgres.contains("?") ? "&" : "?";
        return new DriverManagerDataSource(postgres + separator + "currentSchema=" + schema, user, password);
    }

    /** A store on this harness's database. */
    static PublicationStore storeOn(DataSource dataSource) {
        return new PublicationStore(JdbcClient.create(dataSource));
    }

    ApprovalService approvals(boolean allowSelfApproval, Clock clock) {
        TargetRules rules = new TargetRules(null, "ttyt-mau") {
            @Override
            Rule rule(Article article, Instant plannedAt) {
                return new Rule("ttyt-mau", approvalRequired);
            }
        };
        return new ApprovalService(store, tx, publisher, catalog, rules, allowSelfApproval, clock);
    }

    ApprovalService approvals() {
        return approvals(false, Clock.fixed(T0, ZoneOffset.UTC));
    }

    DefaultPublishingEngine engine(List<ChannelAdapter<?>> adapters, PublishingProperties properties, long seed) {
        Renditions renditions = new Renditions(drafts(), new SiteLayout("https://ttyt.example.vn"), Path.of("content"));
        OutcomeRecorder recorder =
                new OutcomeRecorder(store, tx, publisher, new RetryPolicy(properties, new Random(seed)));
        Sender sender = new Sender(adapters, renditions, recorder, properties.channelConcurrency());
        DefaultPublishingEngine engine = new DefaultPublishingEngine(
                store, tx, publisher, catalog, sender, recorder, renditions, properties, "test-" + engines.size());
        engines.add(engine);
        return engine;
    }

    DefaultPublishingEngine engine(ChannelAdapter<?> adapter) {
        return engine(List.of(adapter), PublishingProperties.defaults(), 1);
    }

    /** The verification after publishing of a site at {@code https://ttyt.example.vn}, with this verifier. */
    PublishedVerifier publishedVerifier(ChannelAdapter<?> adapter, PageVerifier verifier) {
        return new PublishedVerifier(
                store,
                tx,
                publisher,
                catalog,
                List.of(adapter),
                new Renditions(drafts(), new SiteLayout("https://ttyt.example.vn"), Path.of("content")),
                verifier);
    }

    /** Adds a ready article (or replaces the one of the same file) and returns it. */
    Article article(String name, String body) {
        Article article = new Article(
                "articles/" + name + ".md",
                name,
                "Bài " + name,
                Area.THU_TUC_HANH_CHINH,
                null,
                Set.of(Channel.values()),
                null,
                null,
                null,
                List.of(),
                ArticleStatus.READY,
                body,
                5,
                Integer.toHexString(body.hashCode()) + "-" + name,
                List.of());
        articles.removeIf(a -> a.file().equals(article.file()));
        articles.add(article);
        return article;
    }

    <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Drafts drafts() {
        return (article, links) -> new Draft(
                article,
                new WebsitePage(article.slug(), article.title(), "<p>" + article.markdown() + "</p>", null, List.of()),
                new FacebookPost(article.title() + "\n\n" + links.articleUrl(), links.articleUrl(), null),
                new ZaloArticle(
                        "normal",
                        article.title(),
                        "TTYT",
                        new ZaloArticle.Cover("photo", null, "hide"),
                        article.title(),
                        List.of(ZaloArticle.Block.text(article.markdown())),
                        "show",
                        "show"));
    }

    @Override
    public void close() {
        engines.forEach(DefaultPublishingEngine::close);
    }
}
