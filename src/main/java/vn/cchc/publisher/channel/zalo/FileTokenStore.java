package vn.cchc.publisher.channel.zalo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.publisher.channel.TokenStore;

/**
 * The default token store: one JSON file (readable by its owner only) under the data directory, with one
 * entry per key. The lock is held in two layers: a lock per file in this JVM, then an OS file lock on
 * {@code <file>.lock}, so instances on the same machine (or a shared disk with working locks) take turns.
 * A write goes to a temporary file in the same directory, is forced to disk, and replaces the file by an
 * atomic move, so a crash leaves either the old tokens or the new ones, never half of each.
 */
final class FileTokenStore implements TokenStore {

    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Path file;
    private final Path lockFile;

    FileTokenStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    }

    @Override
    public <T> T locked(String key, Function<Session, T> work) {
        ReentrantLock lock = JVM_LOCKS.computeIfAbsent(file, path -> new ReentrantLock());
        lock.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel =
                    FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock fileLock = channel.lock();
                try {
                    return work.apply(new FileSession(key));
                } finally {
                    fileLock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the token file " + file, e);
        } finally {
            lock.unlock();
        }
    }

    private final class FileSession implements Session {

        private final String key;

        FileSession(String key) {
            this.key = key;
        }

        @Override
        public Optional<StoredTokens> read() {
            JsonNode entry = readAll().path(key);
            String refreshToken = entry.path("refresh_token").asString("");
            if (refreshToken.isEmpty()) {
                return Optional.empty();
            }
            String expiresAt = entry.path("access_token_expires_at").asString("");
            return Optional.of(new StoredTokens(
                    refreshToken,
                    blankToNull(entry.path("access_token").asString("")),
                    expiresAt.isEmpty() ? null : Instant.parse(expiresAt),
                    blankToNull(entry.path("seed_sha256").asString(""))));
        }

        @Override
        public void write(StoredTokens tokens) {
            ObjectNode all = readAll();
            ObjectNode entry = all.putObject(key);
            entry.put("refresh_token", tokens.refreshToken());
            entry.put("access_token", tokens.accessToken());
            entry.put(
                    "access_token_expires_at",
                    tokens.accessTokenExpiresAt() == null
                            ? null
                            : tokens.accessTokenExpiresAt().toString());
            entry.put("seed_sha256", tokens.seedHash());
            replace(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
        }

        private ObjectNode readAll() {
            if (!Files.exists(file)) {
                return JSON.createObjectNode();
            }
            try {
                JsonNode node = JSON.readTree(Files.readAllBytes(file));
                return node instanceof ObjectNode object ? object : JSON.createObjectNode();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the token file " + file, e);
            } catch (JacksonException e) {
                throw new IllegalStateException("The token file " + file + " is not valid JSON", e);
            }
        }

        private void replace(byte[] bytes) {
            Path temporary = null;
            try {
                temporary = Files.createTempFile(file.getParent(), ".tokens-", ".tmp");
                restrict(temporary);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("The file system of " + file + " cannot replace files atomically", e);
                }
                temporary = null;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the token file " + file, e);
            } finally {
                deleteQuietly(temporary);
            }
        }
    }

    private static void restrict(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void deleteQuietly(@Nullable Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a leftover temporary file holds no more than the token file itself and is replaced next time
            }
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + file + "]";
    }
}
