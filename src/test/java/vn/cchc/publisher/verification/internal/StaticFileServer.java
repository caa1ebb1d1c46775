package vn.cchc.publisher.verification.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static web server over a directory, as the local site is served: {@code /site/x/} answers
 * {@code x/index.html}, a directory without its slash is redirected, anything else is 404.
 */
final class StaticFileServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css",
            "png", "image/png",
            "jpg", "image/jpeg");

    static {
        // headers and body go out as two writes: without this, Nagle's algorithm holds the body back until
        // the client's delayed ACK, 40 ms per response, which no production server does
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final HttpServer server;
    private final Path root;

    StaticFileServer(Path root) {
        this.root = root;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/site/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** The site's base URL, {@code http://127.0.0.1:<port>/site}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/site";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8)
                    .substring("/site/".length());
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.isEmpty() && !path.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", "/site/" + path + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().add("Content-Type", type);
            byte[] body = Files.readAllBytes(file);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
