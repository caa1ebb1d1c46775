package vn.cchc.publisher.channel.store;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.cchc.publisher.channel.TokenStore;

/**
 * Rotating tokens live in the application's database, so that every instance sharing it takes turns to
 * refresh and sees the latest tokens. A {@link TokenStore} bean declared elsewhere takes precedence.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean(TokenStore.class)
    TokenStore jdbcTokenStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new JdbcTokenStore(jdbc, transactions, clock, Duration.ofMinutes(5), Duration.ofMinutes(6));
    }
}
