package vn.cchc.publisher.channel.store;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/** The token store on H2, the embedded default's database. */
class JdbcTokenStoreTest extends TokenStoreContract {

    private String url;

    @BeforeEach
    void database() {
        url = "jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        try (HikariDataSource first = dataSource()) {
            migrate(first);
        }
    }

    @Override
    HikariDataSource dataSource() {
        HikariDataSource data = new HikariDataSource();
        data.setJdbcUrl(url);
        data.setMaximumPoolSize(4);
        return data;
    }
}
