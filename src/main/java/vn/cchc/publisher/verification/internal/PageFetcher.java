package vn.cchc.publisher.verification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches pages and probes images over {@code java.net.http}: redirects are followed by hand so that every
 * hop is recorded, and each whole exchange (headers and body) is bounded by the read timeout.
 */
final class PageFetcher {

    /** What a GET came to. {@code failure} is set, and {@code body} empty, when nothing usable answered. */
    record Fetched(
            String url,
            @Nullable String finalUrl,
            List<String> redirects,
            int status,
            @Nullable String contentType,
            byte[] body,
            Instant startedAt,
            Duration duration,
            @Nullable String failureVi,
            @Nullable String failureEn) {

        boolean answered() {
            return failureVi == null;
        }
    }

    private final HttpClient client;
    private final VerificationProperties properties;
    private final Clock clock;

    PageFetcher(VerificationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** GETs {@code url}, following up to {@code max-redirects} redirects. */
    Fetched get(String url) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        List<String> hops = new ArrayList<>();
        URI current;
        try {
            current = URI.create(url);
        } catch (IllegalArgumentException e) {
            return failed(url, hops, started, startNanos, "địa chỉ không hợp lệ: " + url, "invalid URL: " + url);
        }
        for (int redirect = 0; ; redirect++) {
            HttpResponse<byte[]> response;
            try {
                response = send(current, "GET");
            } catch (TimeoutException e) {
                return failed(
                        url,
                        hops,
                        started,
                        startNanos,
                        "trang không trả lời trong " + seconds(properties.readTimeout()) + " giây",
                        "no answer within " + properties.readTimeout().toMillis() + " ms");
            } catch (LimitedBody.TooLarge e) {
                return failed(
                        url,
                        hops,
                        started,
                        startNanos,
                        "trang lớn hơn " + properties.maxPageSize().toMegabytes() + " MB",
                        "page larger than " + properties.maxPageSize().toBytes() + " bytes");
            } catch (IOException e) {
                return failed(
                        url,
                        hops,
                        started,
                        startNanos,
                        "không kết nối được tới " + current.getHost() + " ("
                                + e.getClass().getSimpleName() + ")",
                        "cannot connect to " + current.getHost() + ": " + e);
            }
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse(null);
            if (status >= 300 && status < 400 && location != null) {
                URI next = current.resolve(location.strip());
                hops.add(status + " " + current + " -> " + next);
                if (redirect >= properties.maxRedirects()) {
                    return failed(
                            url,
                            hops,
                            started,
                            startNanos,
                            "quá " + properties.maxRedirects() + " lần chuyển hướng",
                            "more than " + properties.maxRedirects() + " redirects");
                }
                current = next;
                continue;
            }
            return new Fetched(
                    url,
                    current.toString(),
                    hops,
                    status,
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body(),
                    started,
                    Duration.ofNanos(System.nanoTime() - startNanos),
                    null,
                    null);
        }
    }

    /**
     * Probes an image: HEAD (GET when the server refuses HEAD), following redirects.
     *
     * @return null if it loads (200 with an image content type), else why not, in Vietnamese and English
     */
    String @Nullable [] probeImage(String src) {
        URI current;
        try {
            current = URI.create(src);
        } catch (IllegalArgumentException e) {
            return new String[] {"địa chỉ ảnh không hợp lệ", "invalid image URL"};
        }
        String method = "HEAD";
        for (int redirect = 0; redirect <= properties.maxRedirects(); redirect++) {
            HttpResponse<byte[]> response;
            try {
                response = send(current, method);
            } catch (TimeoutException e) {
                return new String[] {"ảnh không trả lời kịp", "image timed out"};
            } catch (LimitedBody.TooLarge e) {
                return new String[] {
                    "ảnh lớn hơn " + properties.maxPageSize().toMegabytes() + " MB",
                    "image too large: " + e.getMessage()
                };
            } catch (IOException e) {
                return new String[] {"không tải được ảnh", "image fetch failed: " + e};
            }
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse(null);
            if (status >= 300 && status < 400 && location != null) {
                current = current.resolve(location.strip());
                continue;
            }
            if ((status == 405 || status == 501) && method.equals("HEAD")) {
                method = "GET";
                redirect--;
                continue;
            }
            if (status != 200) {
                return new String[] {"ảnh trả về mã HTTP " + status, "image answered HTTP " + status};
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("image/")) {
                String shown = type.isEmpty() ? "không có" : type;
                return new String[] {
                    "không phải ảnh (Content-Type: " + shown + ")",
                    "not an image (Content-Type: " + (type.isEmpty() ? "none" : type) + ")"
                };
            }
            return null;
        }
        return new String[] {"ảnh chuyển hướng quá nhiều lần", "image redirected too often"};
    }

    private HttpResponse<byte[]> send(URI uri, String method) throws IOException, TimeoutException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(properties.readTimeout())
                    .header("User-Agent", properties.userAgent())
                    .header("Accept", method.equals("HEAD") ? "image/*,*/*;q=0.8" : "text/html,*/*;q=0.8")
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new IOException("unsupported URL " + uri, e);
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(
                request, LimitedBody.handler(properties.maxPageSize().toBytes()));
        try {
            return future.get(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new TimeoutException(cause.getMessage());
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        }
    }

    private Fetched failed(String url, List<String> hops, Instant started, long startNanos, String vi, String en) {
        return new Fetched(
                url,
                null,
                hops,
                0,
                null,
                new byte[0],
                started,
                Duration.ofNanos(System.nanoTime() - startNanos),
                vi,
                en);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0
                ? Long.toString(millis / 1000)
                : String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
