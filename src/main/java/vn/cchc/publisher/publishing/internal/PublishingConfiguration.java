package vn.cchc.publisher.publishing.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.LocalSite;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.content.ContentProperties;
import vn.cchc.publisher.content.Drafts;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.shared.ProgressTracker;
import vn.cchc.publisher.verification.PageVerifier;

/** Wires the queue, the approvals and the engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PublishingProperties.class, ReverifyProperties.class})
class PublishingConfiguration {

    @Bean
    PublicationStore publicationStore(DataSource dataSource) {
        return new PublicationStore(JdbcClient.create(dataSource));
    }

    @Bean
    ApprovalService approvals(
            PublicationStore store,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            ContentCatalog catalog,
            PlanCatalog plans,
            PublishingProperties properties,
            Clock clock) {
        return new ApprovalService(
                store,
                new TransactionTemplate(transactions),
                events,
                catalog,
                new TargetRules(plans, properties.unit()),
                properties.allowSelfApproval(),
                clock);
    }

    @Bean
    QueueProgress queueProgress(PublicationStore store) {
        return new QueueProgress(store);
    }

    @Bean(destroyMethod = "close")
    DefaultPublishingEngine publishingEngine(
            PublicationStore store,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            ContentCatalog catalog,
            Drafts drafts,
            LocalSite site,
            ContentProperties content,
            List<ChannelAdapter<?>> adapters,
            EditorialCalendar calendar,
            PublishingProperties properties) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Renditions renditions = new Renditions(drafts, site.layout(), content.dir());
        OutcomeRecorder recorder =
                new OutcomeRecorder(store, tx, events, new RetryPolicy(properties, new SecureRandom()));
        Sender sender = new Sender(adapters, renditions, recorder, properties.channelConcurrency());
        DefaultPublishingEngine engine = new DefaultPublishingEngine(
                store, tx, events, catalog, sender, recorder, renditions, properties, instanceId());
        engine.monthly(new MonthlyPublication(calendar, store, engine, tx, events));
        return engine;
    }

    @Bean
    PublishedVerifier publishedVerification(
            PublicationStore store,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            ContentCatalog catalog,
            Drafts drafts,
            LocalSite site,
            ContentProperties content,
            List<ChannelAdapter<?>> adapters,
            PageVerifier verifier) {
        return new PublishedVerifier(
                store,
                new TransactionTemplate(transactions),
                events,
                catalog,
                adapters,
                new Renditions(drafts, site.layout(), content.dir()),
                verifier);
    }

    @Bean(destroyMethod = "close")
    Reverifier reverification(
            PublicationStore store,
            PublishedVerifier checks,
            PageVerifier verifier,
            ContentCatalog catalog,
            LocalSite site,
            ProgressTracker tracker,
            Clock clock,
            ReverifyProperties reverify,
            PublishingProperties properties) {
        return new Reverifier(
                store,
                checks,
                verifier,
                catalog,
                site.layout(),
                tracker,
                clock,
                reverify,
                properties.unit(),
                Reverifier.httpProbe(reverify.probeTimeout()));
    }

    private static String instanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String id = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 100 ? id : id.substring(id.length() - 100);
    }
}
