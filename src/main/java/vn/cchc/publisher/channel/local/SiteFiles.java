package vn.cchc.publisher.channel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of the site, addressed by paths relative to its root ({@code tin-bai/x/index.html}). Writes
 * go to a temporary file in the target's directory that is then moved over the target, so a reader never
 * sees half a page. No path may leave the root.
 */
final class SiteFiles {

    private final Path root;

    SiteFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The file at {@code sitePath}. */
    Path resolve(String sitePath) {
        Path path = root.resolve(sitePath).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the site directory: " + sitePath);
        }
        return path;
    }

    boolean exists(String sitePath) {
        return Files.exists(resolve(sitePath));
    }

    Optional<String> read(String sitePath) {
        Path path = resolve(sitePath);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    void write(String sitePath, String text) {
        write(sitePath, text.getBytes(StandardCharsets.UTF_8));
    }

    void write(String sitePath, byte[] bytes) {
        Path target = resolve(sitePath);
        try {
            Path tmp = temporaryBeside(target);
            try {
                Files.write(tmp, bytes);
                moveInto(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Copies {@code source} to {@code sitePath}, atomically. */
    void copy(Path source, String sitePath) {
        Path target = resolve(sitePath);
        try {
            Path tmp = temporaryBeside(target);
            try {
                Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
                moveInto(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    /** Deletes {@code sitePath} and everything under it; nothing happens if it does not exist. */
    void deleteTree(String sitePath) {
        Path top = resolve(sitePath);
        if (top.equals(root) || !Files.exists(top)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + top, e);
        }
    }

    /** The names of the directories directly under {@code sitePath}, sorted; none if it does not exist. */
    List<String> directories(String sitePath) {
        Path dir = resolve(sitePath);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Path temporaryBeside(Path target) throws IOException {
        Path dir = Files.createDirectories(target.getParent());
        return Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    }

    private static void moveInto(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
