package vn.cchc.publisher.publishing.scheduling;

import java.sql.DatabaseMetaData;
import java.util.Properties;
import javax.sql.DataSource;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Chooses Quartz's SQL dialect from the database the application runs on: {@link PostgreSQLDelegate}
 * on PostgreSQL (its {@code BYTEA} columns), {@link StdJDBCDelegate} on H2. The Quartz tables exist
 * for these two only (migrations {@code db/vendor/{h2,postgresql}/V2__quartz.sql}).
 */
@Component
@Profile("!cli")
class DriverDelegateCustomizer implements SchedulerFactoryBeanCustomizer {

    static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

    private final DataSource dataSource;
    private final QuartzProperties quartz;

    DriverDelegateCustomizer(DataSource dataSource, QuartzProperties quartz) {
        this.dataSource = dataSource;
        this.quartz = quartz;
    }

    @Override
    public void customize(SchedulerFactoryBean factory) {
        Properties properties = new Properties();
        properties.putAll(quartz.getProperties());
        properties.putIfAbsent(DELEGATE, delegateFor(productName()).getName());
        factory.setQuartzProperties(properties);
    }

    static Class<?> delegateFor(String product) {
        return switch (product) {
            case "PostgreSQL" -> PostgreSQLDelegate.class;
            case "H2" -> StdJDBCDelegate.class;
            default ->
                throw new IllegalStateException("the scheduler's tables exist for H2 and PostgreSQL only, not for "
                        + product + "; set spring.datasource.url to one of them");
        };
    }

    private String productName() {
        try {
            String name = JdbcUtils.commonDatabaseName(
                    JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
            return name == null ? "unknown" : name;
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the scheduler runs on: " + e.getMessage(), e);
        }
    }
}
