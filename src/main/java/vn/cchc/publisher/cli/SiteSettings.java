package vn.cchc.publisher.cli;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the built-in local site is served ({@code cchc.site.*}), for the links of previewed drafts.
 *
 * @param baseUrl the site's base URL, {@code http://localhost:<port>/site} by default
 */
@ConfigurationProperties("cchc.site")
record SiteSettings(
        @DefaultValue("http://localhost:8080/site") String baseUrl) {}
