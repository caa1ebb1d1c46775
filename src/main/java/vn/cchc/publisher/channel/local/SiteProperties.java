package vn.cchc.publisher.channel.local;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the built-in local site ({@code cchc.site.*}).
 *
 * @param baseUrl the public address of the site root, used in canonical links and image addresses
 * @param dir the directory the pages are written to
 * @param name the site's name, shown in every page header and in the title of the home page
 */
@Validated
@ConfigurationProperties("cchc.site")
record SiteProperties(
        @DefaultValue("http://localhost:8080/site")
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address")
        String baseUrl,

        @DefaultValue("data/site") Path dir,

        @DefaultValue("Cải cách hành chính - Trung tâm Y tế") @NotBlank
        String name) {}
