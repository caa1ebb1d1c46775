package vn.cchc.publisher.publishing.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.cchc.publisher.CchcPublisherApplication;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.ContentSnapshot;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.publishing.Approvals;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Publications;
import vn.cchc.publisher.publishing.PublishingEngine;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

/**
 * Two instances of the application on one PostgreSQL schema, each with its own clustered Quartz
 * scheduler, publish 500 due publications to one website: each post is created exactly once and every
 * publication ends published; each firing of the publishing job runs on exactly one instance; and two
 * passes started at the same moment on the two instances never take the same publication. Runs when
 * {@code POSTGRES_IT_URL} names the database ({@code jdbc:postgresql://127.0.0.1:5432/test}); the schema
 * ({@code cchc_it_<random>}) is created for the run and dropped after it.
 *
 * <p>Both instances live in one JVM here, where Quartz keeps its data sources by scheduler name: the
 * second instance's pool serves both schedulers. Locks are per connection, so the cluster behaves the
 * same; the instances are closed in the order they started.
 */
@EnabledIfEnvironmentVariable(named = "POSTGRES_IT_URL", matches = ".+")
class SchedulingClusterIT {

    private static final int PUBLICATIONS = 500;
    private static final String NEVER = "0 0 0 1 1 ? 2099";

    /** Shared by the two instances: the website they publish to, the job executions they record. */
    static SharedWebsite website = new SharedWebsite();

    static final List<Execution> executions = new CopyOnWriteArrayList<>();
    static final List<Article> articles = new CopyOnWriteArrayList<>();

    record Execution(String instance, String trigger, Instant scheduledFor) {}

    @TempDir
    Path dir;

    private final String url = System.getenv("POSTGRES_IT_URL");
    private final String user = System.getenv().getOrDefault("POSTGRES_IT_USER", "postgres");
    private final String password = System.getenv().getOrDefault("POSTGRES_IT_PASSWORD", "postgres");
    private final String schema = "cchc_it_" + UUID.randomUUID().toString().replace("-", "");
    private final String schedulerName = "cchc-cluster-it-" + UUID.randomUUID();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("config"));
        articles.clear();
        for (int i = 0; i < PUBLICATIONS; i++) {
            articles.add(article(i));
        }
        executions.clear();
        website = new SharedWebsite();
        admin().sql("create schema " + schema).update();
    }

    @AfterEach
    void drop() {
        instances.forEach(ConfigurableApplicationContext::close);
        admin().sql("drop schema " + schema + " cascade").update();
    }

    @Test
    void twoInstancesPublishFiveHundredDuePublicationsEachExactlyOnce() throws Exception {
        ConfigurableApplicationContext first = start("0/2 * * * * ?");
        ConfigurableApplicationContext second = start("0/2 * * * * ?");

        queueAndApproveAll(first.getBean(Approvals.class));

        Publications publications = second.getBean(Publications.class);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> publications.list(PublicationStatus.PUBLISHED).size() == PUBLICATIONS);

        assertThat(website.creates).hasSize(PUBLICATIONS);
        assertThat(website.creates.values()).extracting(AtomicInteger::get).containsOnly(1);
        assertThat(website.publishCalls.values()).extracting(AtomicInteger::get).containsOnly(1);
        assertThat(publications.list(null)).hasSize(PUBLICATIONS);

        Map<String, Long> firings = executions.stream()
                .collect(Collectors.groupingBy(e -> e.trigger() + "@" + e.scheduledFor(), Collectors.counting()));
        assertThat(firings).isNotEmpty();
        assertThat(firings.values()).as("each firing runs on one instance").containsOnly(1L);
        assertThat(admin().sql("select count(*) from " + schema + ".qrtz_scheduler_state where sched_name = ?")
                        .param(schedulerName)
                        .query(Long.class)
                        .single())
                .as("both schedulers are in the cluster")
                .isEqualTo(2L);
    }

    @Test
    void twoEnginesPassingAtTheSameTimeNeverTakeTheSamePublication() throws Exception {
        ConfigurableApplicationContext first = start(NEVER);
        ConfigurableApplicationContext second = start(NEVER);
        queueAndApproveAll(first.getBean(Approvals.class));
        List<PublishingEngine> engines =
                List.of(first.getBean(PublishingEngine.class), second.getBean(PublishingEngine.class));

        CyclicBarrier together = new CyclicBarrier(engines.size());
        List<CompletableFuture<Integer>> passes = engines.stream()
                .map(engine -> CompletableFuture.supplyAsync(() -> {
                    meet(together);
                    return engine.publishDue(Instant.now(), false).published();
                }))
                .toList();
        int published = passes.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(published).isEqualTo(PUBLICATIONS);
        assertThat(website.creates).hasSize(PUBLICATIONS);
        assertThat(website.creates.values()).extracting(AtomicInteger::get).containsOnly(1);
        assertThat(website.publishCalls.values()).extracting(AtomicInteger::get).containsOnly(1);
        assertThat(second.getBean(Publications.class).list(PublicationStatus.PUBLISHED))
                .hasSize(PUBLICATIONS);
    }

    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void queueAndApproveAll(Approvals approvals) {
        Instant due = Instant.now().minusSeconds(60);
        for (Article article : articles) {
            for (PublicationView queued :
                    approvals.queue(null, article.file(), Set.of(Channel.WEBSITE), due, "officer")) {
                approvals.approve(queued.id(), "leader", null);
            }
        }
    }

    private ConfigurableApplicationContext start(String publishDue) {
        String separator = url.contains("?") ? "&" : "?";
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        CchcPublisherApplication.class, Instance.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + url + separator + "currentSchema=" + schema,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--spring.quartz.scheduler-name=" + schedulerName,
                        "--cchc.publishing.schedule.publish-due=" + publishDue,
                        "--cchc.publishing.schedule.monthly=" + NEVER,
                        "--cchc.publishing.schedule.verify-published=" + NEVER,
                        "--cchc.data-dir=" + dir,
                        "--cchc.content.dir=" + dir.resolve("content"),
                        "--cchc.plan.dir=" + dir.resolve("config"),
                        "--cchc.site.publish-on-start=false",
                        "--cchc.channels.local-site.enabled=false");
        instances.add(context);
        return context;
    }

    private JdbcClient admin() {
        return JdbcClient.create(new DriverManagerDataSource(url, user, password));
    }

    private static Article article(int i) {
        String name = "bai-%03d".formatted(i);
        return new Article(
                "articles/" + name + ".md",
                name,
                "Bài số " + i,
                Area.THU_TUC_HANH_CHINH,
                null,
                Set.of(Channel.WEBSITE),
                null,
                null,
                null,
                List.of(),
                ArticleStatus.READY,
                "Nội dung bài số " + i + ".",
                5,
                "hash-" + i,
                List.of());
    }

    /** What each instance has instead of files and real channels. */
    @Configuration(proxyBeanMethods = false)
    static class Instance {

        @Bean
        @Primary
        ContentCatalog testContent() {
            return new ContentCatalog() {
                @Override
                public ContentSnapshot load() {
                    return new ContentSnapshot(List.copyOf(articles), List.of(), List.of());
                }

                @Override
                public java.util.Optional<Article> readArticle(Path file, List<ContentProblem> problems) {
                    return java.util.Optional.empty();
                }
            };
        }

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ChannelAdapter<WebsitePage> sharedWebsite() {
            return website.adapter();
        }

        @Bean
        SchedulerFactoryBeanCustomizer recordExecutions() {
            return factory -> factory.setGlobalJobListeners(new JobListener() {
                @Override
                public String getName() {
                    return "executions";
                }

                @Override
                public void jobToBeExecuted(JobExecutionContext context) {
                    try {
                        executions.add(new Execution(
                                context.getScheduler().getSchedulerInstanceId(),
                                context.getTrigger().getKey().toString(),
                                context.getScheduledFireTime().toInstant()));
                    } catch (SchedulerException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void jobExecutionVetoed(JobExecutionContext context) {}

                @Override
                public void jobWasExecuted(JobExecutionContext context, JobExecutionException problem) {}
            });
        }
    }
}
