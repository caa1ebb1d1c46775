package vn.cchc.publisher.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.TokenStore;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.notification.Notifications;
import vn.cchc.publisher.plan.Plan;

/**
 * The notification module's beans in a small application context on a fresh H2 database, with a
 * transaction manager (so the after-commit e-mail behaves as in the service), a settable clock, the
 * calendars and stored token time the test gives, and optionally a mail sender.
 */
final class NotificationHarness implements AutoCloseable {

    final SettableClock clock = new SettableClock("2026-03-02T01:00:00Z");
    final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    final DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    volatile List<Calendar> calendars = List.of();
    volatile @Nullable Instant zaloTokensWrittenAt;

    NotificationHarness(Map<String, String> settings, @Nullable JavaMailSender mail) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        Binder binder = new Binder(new MapConfigurationPropertySource(settings));
        context.register(Transactions.class);
        context.registerBean(DataSourceTransactionManager.class, () -> transactions);
        context.registerBean(TransactionTemplate.class, () -> new TransactionTemplate(transactions));
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
        context.registerBean(SettableClock.class, () -> clock);
        context.registerBean(
                NotificationProperties.class,
                () -> binder.bindOrCreate("cchc.notifications", NotificationProperties.class));
        context.registerBean(
                ChannelsProperties.class, () -> binder.bindOrCreate("cchc.channels", ChannelsProperties.class));
        context.registerBean(EditorialCalendar.class, () -> new FakeCalendar(this));
        context.registerBean(TokenStore.class, () -> new FakeTokens(this));
        if (mail != null) {
            context.registerBean(JavaMailSender.class, () -> mail);
        }
        context.register(
                NotificationStore.class,
                NoticeRecorder.class,
                PublishingNotices.class,
                DefaultNotifications.class,
                NoticeMailer.class,
                MailAfterCommit.class,
                DailyCheck.class);
        context.refresh();
    }

    NotificationHarness() {
        this(Map.of(), null);
    }

    Notifications notifications() {
        return context.getBean(Notifications.class);
    }

    NotificationStore store() {
        return context.getBean(NotificationStore.class);
    }

    DailyCheck dailyCheck() {
        return context.getBean(DailyCheck.class);
    }

    NoticeMailer mailer() {
        return context.getBean(NoticeMailer.class);
    }

    /** Publishes {@code event} inside a transaction, as the publishing engine does. */
    void publishInTransaction(Object event) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> context.publishEvent(event));
    }

    int count() {
        return JdbcClient.create(dataSource)
                .sql("select count(*) from notification")
                .query(Integer.class)
                .single();
    }

    @Override
    public void close() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class Transactions {}

    private record FakeCalendar(NotificationHarness harness) implements EditorialCalendar {

        @Override
        public List<Calendar> calendars(int year, @Nullable String unit) {
            return harness.calendars.stream()
                    .filter(c -> c.plan().year() == year)
                    .toList();
        }

        @Override
        public int currentYear(@Nullable String unit) {
            return 2026;
        }

        @Override
        public Calendar calendar(Plan plan, List<Article> articles) {
            throw new UnsupportedOperationException();
        }
    }

    private record FakeTokens(NotificationHarness harness) implements TokenStore {

        @Override
        public <T> T locked(String key, Function<Session, T> work) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Instant> writtenAt(String key) {
            return "zalo".equals(key) ? Optional.ofNullable(harness.zaloTokensWrittenAt) : Optional.empty();
        }
    }
}
