package vn.cchc.publisher.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import vn.cchc.publisher.web.HandlerMappings;
import vn.cchc.publisher.web.HandlerMappings.Endpoint;

/** The OpenAPI description is public and describes every /api endpoint the application has, and only those. */
class OpenApiDescriptionTests extends ApiContext {

    @Autowired
    ApplicationContext context;

    @Test
    void describesEveryApiEndpointWithHttpBasic() {
        MvcTestResult result = mvc.get().uri("/api/openapi").exchange();

        assertThat(result).hasStatusOk();
        JsonNode doc = body(result);
        assertThat(doc.get("info").get("title").asString()).isEqualTo("CCHC publisher API");
        assertThat(doc.get("info").get("description").asString()).contains("HTTP Basic", "tài khoản");
        assertThat(doc.get("components")
                        .get("securitySchemes")
                        .get("basicAuth")
                        .get("scheme")
                        .asString())
                .isEqualTo("basic");
        assertThat(doc.get("security").get(0).has("basicAuth")).isTrue();

        JsonNode paths = doc.get("paths");
        List<Endpoint> api = HandlerMappings.all(context).stream()
                .filter(Endpoint::isApi)
                .filter(e -> !e.isPublic())
                .toList();
        assertThat(api).extracting(Endpoint::pattern).contains("/api/publications/{id}/approve", "/api/audit");
        for (Endpoint endpoint : api) {
            assertThat(paths.has(endpoint.pattern()))
                    .as("%s is described", endpoint.pattern())
                    .isTrue();
            assertThat(paths.get(endpoint.pattern()).has(endpoint.method().toLowerCase(Locale.ROOT)))
                    .as("%s %s is described", endpoint.method(), endpoint.pattern())
                    .isTrue();
        }
        assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/"));
    }
}
