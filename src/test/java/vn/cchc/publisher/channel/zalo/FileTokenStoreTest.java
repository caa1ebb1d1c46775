package vn.cchc.publisher.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.channel.TokenStore;

class FileTokenStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheTokensOfEachKeyInAFileOnlyItsOwnerReads() throws IOException {
        Path file = dir.resolve("data/zalo-tokens.json");
        TokenStore.StoredTokens tokens =
                new TokenStore.StoredTokens("RT-1", "AT-1", Instant.parse("2026-03-03T02:00:00Z"), "abc");

        new FileTokenStore(file).locked("zalo", session -> {
            session.write(tokens);
            return null;
        });
        new FileTokenStore(file).locked("other", session -> {
            session.write(new TokenStore.StoredTokens("RT-x", null, null, null));
            return null;
        });

        assertThat(new FileTokenStore(file).locked("zalo", TokenStore.Session::read))
                .contains(tokens);
        assertThat(new FileTokenStore(file).locked("missing", TokenStore.Session::read))
                .isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("zalo-tokens.json", "zalo-tokens.json.lock");
        }
    }

    @Test
    void aStoredTokenNeverPrints() {
        assertThat(new TokenStore.StoredTokens("RT-secret", "AT-secret", null, null).toString())
                .doesNotContain("RT-secret", "AT-secret");
    }

    @Test
    void callersTakeTurnsAcrossStoreObjects() throws Exception {
        Path file = dir.resolve("tokens.json");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                done.add(threads.submit(() -> new FileTokenStore(file).locked("count", session -> {
                    int count = session.read()
                            .map(t -> Integer.parseInt(t.refreshToken()))
                            .orElse(0);
                    session.write(new TokenStore.StoredTokens(String.valueOf(count + 1), null, null, null));
                    return null;
                })));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(new FileTokenStore(file).locked("count", TokenStore.Session::read))
                .hasValueSatisfying(t -> assertThat(t.refreshToken()).isEqualTo("20"));
    }
}
