package vn.cchc.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default as a user runs it: {@code java -jar target/cchc-publisher.jar} in a fresh working
 * directory holding a copy of the repository's {@code content/} and {@code config/} (so the H2 file database
 * and the built-in local site under {@code ./data}), on a free port. Measures the wall time from starting
 * the process to {@code /actuator/health} answering {@code UP}, and the resident memory ({@code VmRSS} of
 * {@code /proc/<pid>/status}) then; {@value #RUNS} fresh starts, median reported. Then one more start with
 * {@value #ARTICLES} generated ready articles due in the past, which the service publishes at start-up
 * and verifies with its {@code verify-published} job (every minute, at :30): the resident memory once the
 * {@code cchc.publications.state} gauge shows them all verified.
 *
 * <p>Runs under failsafe with {@code -Pbench}, after the {@code package} phase has built the jar (the
 * profile passes its path as {@code cchc.bench.jar}): {@code ./mvnw -Pbench verify}. JVM options for the
 * started service: {@code -Dbench.jvm-args="-XX:TieredStopAtLevel=1 …"}. Writes {@code
 * target/bench/startup.txt}.
 */
class StartupBenchmark {

    static final int RUNS = 3;
    static final int ARTICLES = 100;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration VERIFY_TIMEOUT = Duration.ofMinutes(6);
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String passwordHash = new BCryptPasswordEncoder(4).encode(PASSWORD);

    @Test
    void startsAndPublishesAsAUserRunsIt() throws Exception {
        String jarProperty = System.getProperty("cchc.bench.jar");
        assumeTrue(jarProperty != null, "runs under failsafe with -Pbench, once the jar is packaged");
        Path jar = Path.of(jarProperty);
        assertThat(jar).as("the packaged jar").isRegularFile();
        List<String> jvmArgs = new ArrayList<>(jvmArgs());
        boolean cds = Boolean.getBoolean("bench.cds");
        if (cds) {
            jar = withClassDataSharing(jar, jvmArgs);
        }

        List<Started> starts = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path dir = workingDirectory(0);
            try (Service service = Service.start(jar, jvmArgs, dir, arguments(freePort()))) {
                starts.add(service.awaitHealthy());
            } finally {
                delete(dir);
            }
        }

        Path dir = workingDirectory(ARTICLES);
        Started loaded;
        long rssAfterVerify;
        Verified verified;
        try (Service service = Service.start(jar, jvmArgs, dir, arguments(freePort()))) {
            loaded = service.awaitHealthy();
            verified = awaitVerified(service);
            rssAfterVerify = service.rssKiB();
        } finally {
            delete(dir);
        }

        long[] millis = starts.stream().mapToLong(Started::millis).sorted().toArray();
        long[] rss = starts.stream().mapToLong(Started::rssKiB).sorted().toArray();
        String report = String.format(
                Locale.ROOT,
                """
                Start-up benchmark: java -jar %s%s on the embedded default (H2 file database, local site), fresh
                working directory with the repository's content/ and config/, free port.
                JVM options: %s
                Machine: %d processors, Java %s, %s; load average at the end: %s

                time to /actuator/health UP, %d fresh starts (7 sample articles published at start):
                  median %d ms (min %d, max %d); every run: %s
                resident memory (VmRSS) when healthy: median %d MiB (min %d, max %d)

                with %d more generated articles due (published at start, then verified by the scheduler):
                  time to /actuator/health UP: %d ms, VmRSS when healthy: %d MiB
                  %d publications verified %.1f s after the start; VmRSS then: %d MiB
                """,
                jar.getFileName(),
                cds ? " (extracted, with a class data sharing archive)" : "",
                jvmArgs.isEmpty() ? "(none)" : String.join(" ", jvmArgs),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                loadAverage(),
                RUNS,
                median(millis),
                millis[0],
                millis[millis.length - 1],
                Arrays.toString(starts.stream().mapToLong(Started::millis).toArray()),
                median(rss) / 1024,
                rss[0] / 1024,
                rss[rss.length - 1] / 1024,
                ARTICLES,
                loaded.millis(),
                loaded.rssKiB() / 1024,
                (long) verified.count(),
                verified.seconds(),
                rssAfterVerify / 1024);
        Path out = Path.of("target", "bench", cds ? "startup-cds.txt" : "startup.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    /**
     * Extracts the jar ({@code java -Djarmode=tools -jar … extract}) and records a class data sharing archive
     * in a training run that stops once the application context is refreshed, as the administrator's guide
     * ("Memory and start-up") describes; adds the archive to {@code jvmArgs} and answers the extracted jar.
     */
    private static Path withClassDataSharing(Path jar, List<String> jvmArgs) throws Exception {
        Path root = Path.of("target", "bench", "cds").toAbsolutePath();
        if (Files.exists(root)) {
            delete(root);
        }
        Files.createDirectories(root);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        run(List.of(
                java.toString(),
                "-Djarmode=tools",
                "-jar",
                jar.toAbsolutePath().toString(),
                "extract",
                "--destination",
                root.resolve("app").toString()));
        Path extracted = root.resolve("app").resolve(jar.getFileName());
        Path archive = root.resolve("app.jsa");
        Path dir = workingDirectory(0);
        try {
            List<String> training = new ArrayList<>(List.of(java.toString()));
            training.addAll(jvmArgs);
            training.addAll(List.of(
                    "-XX:ArchiveClassesAtExit=" + archive,
                    "-Dspring.context.exit=onRefresh",
                    "-jar",
                    extracted.toString(),
                    "--server.port=0"));
            runIn(training, dir);
        } finally {
            delete(dir);
        }
        assertThat(archive).as("the class data sharing archive").isRegularFile();
        jvmArgs.add("-XX:SharedArchiveFile=" + archive);
        return extracted;
    }

    private static void run(List<String> command) throws Exception {
        runIn(command, Path.of(".").toAbsolutePath());
    }

    private static void runIn(List<String> command, Path dir) throws Exception {
        Path log = Path.of("target", "bench", "cds-" + command.size() + ".log").toAbsolutePath();
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES))
                .as("%s finished", command)
                .isTrue();
        assertThat(process.exitValue())
                .as("exit value of %s (log: %s)", command, log)
                .isZero();
    }

    /** The service's command-line arguments: its port, and an admin account for the metrics. */
    private List<String> arguments(int port) {
        return List.of(
                "--server.port=" + port,
                "--cchc.security.users[0].username=" + USER,
                "--cchc.security.users[0].password-hash=" + passwordHash,
                "--cchc.security.users[0].roles[0]=admin",
                // the gauge the benchmark polls is read from the database every second instead of 30
                "--cchc.metrics.state-refresh=1s");
    }

    private static List<String> jvmArgs() {
        String value = System.getProperty("bench.jvm-args", "").trim();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    /** How many publications were verified, and when, in seconds since the start. */
    record Verified(double count, double seconds) {}

    /**
     * Polls the state gauges until at least {@value #ARTICLES} publications are verified and none waits to
     * be sent or checked (queued, approved, publishing, published or retrying).
     */
    private Verified awaitVerified(Service service) throws Exception {
        long deadline = System.nanoTime() + VERIFY_TIMEOUT.toNanos();
        double verified = 0;
        while (System.nanoTime() < deadline) {
            verified = state(service, "verified");
            double pending = 0;
            for (String state : List.of("queued", "approved", "publishing", "published", "retrying")) {
                pending += state(service, state);
            }
            if (verified >= ARTICLES && pending == 0) {
                return new Verified(verified, (System.nanoTime() - service.startNanos) / 1e9);
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "only " + verified + " publications verified in " + VERIFY_TIMEOUT + "; see " + service.log);
    }

    private double state(Service service, String state) throws Exception {
        return gauge(service.port, "cchc.publications.state?tag=state:" + state);
    }

    private double gauge(int port, String metric) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics/" + metric))
                        .header("Authorization", "Basic " + credentials)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return 0;
        }
        JsonNode value = json.readTree(response.body()).at("/measurements/0/value");
        return value.isNumber() ? value.asDouble() : 0;
    }

    /**
     * A fresh working directory with copies of the repository's {@code content/} and {@code config/}, and
     * {@code generated} more ready articles for the website, due yesterday.
     */
    private static Path workingDirectory(int generated) throws IOException {
        Path dir = Files.createTempDirectory("cchc-startup-");
        copy(Path.of("content"), dir.resolve("content"));
        copy(Path.of("config"), dir.resolve("config"));
        Path articles = dir.resolve("content/articles");
        LocalDate yesterday = LocalDate.now(ZoneOffset.ofHours(7)).minusDays(1);
        String[] areas = {"the-che", "thu-tuc-hanh-chinh", "to-chuc-bo-may", "che-do-cong-vu", "tai-chinh-cong"};
        for (int i = 1; i <= generated; i++) {
            Files.writeString(
                    articles.resolve(String.format(Locale.ROOT, "bench-%03d.md", i)),
                    article(i, areas[i % areas.length], yesterday),
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static String article(int n, String area, LocalDate date) {
        StringBuilder body = new StringBuilder();
        for (int section = 1; section <= 3; section++) {
            body.append("## Nội dung thứ ").append(section).append("\n\n");
            for (int p = 1; p <= 3; p++) {
                body.append("Đoạn ")
                        .append(p)
                        .append(" của phần ")
                        .append(section)
                        .append(" bài số ")
                        .append(n)
                        .append(": Trung tâm Y tế tiếp tục đẩy mạnh cải cách hành chính, rút ngắn thời gian giải")
                        .append(" quyết thủ tục, công khai minh bạch quy trình tiếp nhận hồ sơ tại bộ phận một cửa")
                        .append(" và tăng cường ứng dụng công nghệ thông tin trong khám, chữa bệnh.\n\n");
            }
        }
        return """
                ---
                title: "Bài thử nghiệm số %d về cải cách hành chính"
                area: %s
                channels: [website]
                publish_at: %s
                summary: Bài số %d, tạo tự động để đo thời gian khởi động và bộ nhớ.
                status: ready
                ---

                %s""".formatted(n, area, date.atTime(8, 0).atOffset(ZoneOffset.ofHours(7)), n, body);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** When a start became healthy, and the resident memory then. */
    record Started(long millis, long rssKiB) {}

    /** The service, started with {@code java -jar} in its working directory. */
    private static final class Service implements AutoCloseable {

        private static int started;

        final Process process;
        final long startNanos;
        final int port;
        final Path log;
        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

        private Service(Process process, long startNanos, int port, Path log) {
            this.process = process;
            this.startNanos = startNanos;
            this.port = port;
            this.log = log;
        }

        static Service start(Path jar, List<String> jvmArgs, Path dir, List<String> arguments) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            command.addAll(arguments);
            // the service's log is kept beside the results
            Path log = Path.of("target", "bench", "startup-" + (++started) + ".log")
                    .toAbsolutePath();
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            int port = Integer.parseInt(arguments.get(0).substring("--server.port=".length()));
            return new Service(process, start, port, log);
        }

        /** Polls {@code /actuator/health} every 20 ms until it answers 200 with {@code UP}. */
        Started awaitHealthy() throws Exception {
            URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
            long deadline = startNanos + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("the service stopped with " + process.exitValue() + "; see " + log);
                }
                try {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(health)
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        long millis = (System.nanoTime() - startNanos) / 1_000_000;
                        return new Started(millis, rssKiB());
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new AssertionError("not healthy after " + START_TIMEOUT + "; see " + log);
        }

        /** {@code VmRSS} of {@code /proc/<pid>/status}, in KiB. */
        long rssKiB() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            throw new IllegalStateException("no VmRSS for " + process.pid());
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
