package vn.cchc.publisher.publishing.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Channel;

/**
 * A minimal WordPress-like adapter over HTTP, for tests against WireMock: {@code GET /posts?slug=} before
 * {@code POST /posts}, as the real adapters look before they create.
 */
class HttpWebsite implements ChannelAdapter<WebsitePage> {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;

    HttpWebsite(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public Channel channel() {
        return Channel.WEBSITE;
    }

    @Override
    public String name() {
        return "http-website";
    }

    @Override
    public Class<WebsitePage> renditionType() {
        return WebsitePage.class;
    }

    @Override
    public ChannelStatus status() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChannelOutcome.OfPublish publish(PublishRequest<WebsitePage> request) {
        ChannelOutcome.OfLookup found = findExisting(request);
        if (found instanceof ChannelOutcome.AlreadyExists exists) {
            return exists;
        }
        if (found instanceof ChannelOutcome.Failure failure) {
            return failure;
        }
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(baseUrl + "/posts"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"slug\":\"" + request.rendition().slug() + "\"}"))
                .header("Content-Type", "application/json")
                .build());
        if (created == null || created.statusCode() >= 300) {
            return new ChannelOutcome.RetryLater(Instant.EPOCH, "Lỗi máy chủ", "create failed");
        }
        return new ChannelOutcome.Published(id(created.body()), url(request));
    }

    @Override
    public ChannelOutcome.OfLookup findExisting(PublishRequest<WebsitePage> request) {
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(
                        baseUrl + "/posts?slug=" + request.rendition().slug()))
                .GET()
                .build());
        if (found == null || found.statusCode() >= 300) {
            return new ChannelOutcome.RetryLater(Instant.EPOCH, "Lỗi máy chủ", "lookup failed");
        }
        return found.body().contains("\"id\"")
                ? new ChannelOutcome.AlreadyExists(id(found.body()), url(request))
                : new ChannelOutcome.NotFound();
    }

    @Override
    public ChannelOutcome.OfReadBack readBack(String remoteId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<WebsitePage> request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
        throw new UnsupportedOperationException();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    private String url(PublishRequest<WebsitePage> request) {
        return baseUrl + "/" + request.rendition().slug() + "/";
    }
}
