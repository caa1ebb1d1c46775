package vn.cchc.publisher.publishing.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A website on 127.0.0.1 whose pages the test sets and changes, recording when each request arrived
 * ({@link System#nanoTime}), for the re-verification tests.
 */
final class RecordingSite implements AutoCloseable {

    /** An answer: status, HTML body, and how long to wait before answering. */
    record Answer(int status, String html, long delayMillis) {

        static Answer page(String title, String canonical, String bodyHtml) {
            return new Answer(
                    200,
                    "<!DOCTYPE html><html lang=\"vi\"><head><title>" + title + "</title>"
                            + "<link rel=\"canonical\" href=\"" + canonical + "\"></head><body>"
                            + "<h1 class=\"wp-block-post-title\">" + title + "</h1>"
                            + "<div class=\"entry-content wp-block-post-content\">" + bodyHtml
                            + "</div></body></html>",
                    0);
        }

        static Answer status(int status) {
            return new Answer(status, "<html><body>" + status + "</body></html>", 0);
        }
    }

    /** One request: its path and when it arrived. */
    record Hit(String path, long nanos) {}

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final HttpServer server;
    private final Map<String, IntFunction<Answer>> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    final List<Hit> hits = new CopyOnWriteArrayList<>();

    RecordingSite() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** The absolute URL of a path. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code path}: the function gets the number of the request (1 for the first). */
    void serve(String path, IntFunction<Answer> answer) {
        pages.put(path, answer);
    }

    void serve(String path, Answer answer) {
        serve(path, n -> answer);
    }

    /** How many requests {@code path} got. */
    int count(String path) {
        AtomicInteger count = counts.get(path);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            hits.add(new Hit(path, System.nanoTime()));
            int n = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            IntFunction<Answer> page = pages.get(path);
            Answer answer = page == null ? Answer.status(404) : page.apply(n);
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = answer.html().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
