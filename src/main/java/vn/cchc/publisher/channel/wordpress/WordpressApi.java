package vn.cchc.publisher.channel.wordpress;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.publisher.channel.http.ChannelHttp;
import vn.cchc.publisher.channel.http.HttpReply;
import vn.cchc.publisher.channel.http.Json;
import vn.cchc.publisher.channel.http.Secret;

/**
 * The WordPress REST calls the adapter makes, each one request with HTTP Basic authentication (user and
 * application password). Failures are thrown as mapped by {@link WordpressErrors}; nothing here retries.
 */
final class WordpressApi {

    private final ChannelHttp http;
    private final URI baseUrl;
    private final String user;
    private final Secret password;
    private final WordpressErrors errors;

    WordpressApi(ChannelHttp http, URI baseUrl, String user, Secret password, WordpressErrors errors) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.errors = errors;
    }

    WordpressErrors errors() {
        return errors;
    }

    /**
     * The post with this slug in any state, trash included ({@code status=any} leaves trash out, so it is
     * asked for separately); empty if there is none.
     */
    Optional<WordpressPost> findPost(String slug) {
        Optional<WordpressPost> found = findPost(slug, "any");
        return found.isPresent() ? found : findPost(slug, "trash");
    }

    private Optional<WordpressPost> findPost(String slug, String status) {
        URI uri = uri("posts")
                .queryParam("slug", slug)
                .queryParam("status", status)
                .queryParam("context", "edit")
                .build()
                .encode()
                .toUri();
        JsonNode list = json(get(uri), "look up a post");
        for (JsonNode post : list) {
            WordpressPost found = WordpressPost.from(post);
            if (found.slug().equals(slug) || found.slug().equals(slug + "__trashed")) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** The post with this id; empty if WordPress has none (404 or 410). */
    Optional<WordpressPost> getPost(long id) {
        URI uri = uri("posts/" + id).queryParam("context", "edit").build().toUri();
        HttpReply reply = get(uri);
        if (reply.status() == 404 || reply.status() == 410) {
            return Optional.empty();
        }
        return Optional.of(post(reply, "read a post"));
    }

    /** Creates a post ({@code POST /posts}, 201). */
    WordpressPost createPost(ObjectNode body) {
        return post(sendJson(HttpMethod.POST, uri("posts").build().toUri(), body), "create a post");
    }

    /** Updates a post; empty if it no longer exists. */
    Optional<WordpressPost> updatePost(long id, ObjectNode body) {
        HttpReply reply = sendJson(HttpMethod.POST, uri("posts/" + id).build().toUri(), body);
        if (reply.status() == 404 || reply.status() == 410) {
            return Optional.empty();
        }
        return Optional.of(post(reply, "update a post"));
    }

    /** The id of the category with this slug; empty if there is none. */
    Optional<Long> findCategory(String slug) {
        URI uri = uri("categories").queryParam("slug", slug).build().encode().toUri();
        for (JsonNode category : json(get(uri), "look up a category")) {
            if (category.path("slug").asString("").equals(slug)) {
                return Optional.of(category.path("id").asLong());
            }
        }
        return Optional.empty();
    }

    /** Creates a category; if it exists already ({@code term_exists}), returns the existing one's id. */
    long createCategory(String name, String slug) {
        ObjectNode body = Json.object().put("name", name).put("slug", slug);
        HttpReply reply = sendJson(HttpMethod.POST, uri("categories").build().toUri(), body);
        if (reply.status() == 400 && WordpressErrors.field(reply, "code").equals("term_exists")) {
            long existing = reply.json()
                    .map(json -> json.path("data").path("term_id").asLong(0))
                    .orElse(0L);
            if (existing > 0) {
                return existing;
            }
        }
        long id = json(reply, "create a category").path("id").asLong(0);
        if (id <= 0) {
            throw errors.unreadable("create a category");
        }
        return id;
    }

    /** The current user ({@code GET /users/me?context=edit}), to check the credentials. */
    JsonNode me() {
        URI uri = uri("users/me").queryParam("context", "edit").build().toUri();
        return json(get(uri), "read the current user");
    }

    /** Sends a GET with the credentials. */
    HttpReply get(URI uri) {
        return http.send(HttpMethod.GET, uri, this::authenticate);
    }

    /** Sends a JSON body with the credentials. */
    HttpReply sendJson(HttpMethod method, URI uri, ObjectNode json) {
        return http.send(
                method,
                uri,
                headers -> {
                    authenticate(headers);
                    headers.setContentType(MediaType.APPLICATION_JSON);
                },
                Json.bytes(json));
    }

    /** Sends a raw body (a file) with its type and {@code Content-Disposition}, with the credentials. */
    HttpReply sendFile(URI uri, MediaType type, String disposition, byte[] body) {
        return http.send(
                HttpMethod.POST,
                uri,
                headers -> {
                    authenticate(headers);
                    headers.setContentType(type);
                    headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
                },
                body);
    }

    UriComponentsBuilder uri(String route) {
        return UriComponentsBuilder.fromUri(baseUrl).path("/wp-json/wp/v2/").path(route);
    }

    private void authenticate(HttpHeaders headers) {
        headers.setBasicAuth(user, password.reveal(), StandardCharsets.UTF_8);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    }

    private WordpressPost post(HttpReply reply, String whatEn) {
        try {
            return WordpressPost.from(json(reply, whatEn));
        } catch (IllegalArgumentException e) {
            throw errors.unreadable(whatEn);
        }
    }

    /** Checks the answer and reads its JSON body. */
    JsonNode json(HttpReply reply, String whatEn) {
        errors.check(reply, whatEn);
        return reply.json().orElseThrow(() -> errors.unreadable(whatEn));
    }
}
