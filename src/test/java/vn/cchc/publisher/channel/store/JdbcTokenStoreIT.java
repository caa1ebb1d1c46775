package vn.cchc.publisher.channel.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The token store on a real PostgreSQL ({@code POSTGRES_IT_URL}), in a schema of its own. */
@EnabledIfEnvironmentVariable(named = "POSTGRES_IT_URL", matches = ".+")
class JdbcTokenStoreIT extends TokenStoreContract {

    private final String schema =
            "cchc_it_tokens_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void schema() throws SQLException {
        execute("CREATE SCHEMA " + schema);
        try (HikariDataSource first = dataSource()) {
            migrate(first);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Override
    HikariDataSource dataSource() {
        HikariDataSource data = new HikariDataSource();
        data.setJdbcUrl(System.getenv("POSTGRES_IT_URL"));
        data.setUsername(System.getenv().getOrDefault("POSTGRES_IT_USER", "postgres"));
        data.setSchema(schema);
        data.setMaximumPoolSize(4);
        return data;
    }

    private void execute(String sql) throws SQLException {
        try (HikariDataSource admin = new HikariDataSource()) {
            admin.setJdbcUrl(System.getenv("POSTGRES_IT_URL"));
            admin.setUsername(System.getenv().getOrDefault("POSTGRES_IT_USER", "postgres"));
            try (Connection connection = admin.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
