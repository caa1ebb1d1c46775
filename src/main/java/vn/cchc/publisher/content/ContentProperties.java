package vn.cchc.publisher.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the content module ({@code cchc.content.*}).
 *
 * @param dir the content directory ({@code content})
 * @param author the author shown on Zalo articles (at most 50 characters)
 * @param hashtags hashtags added to every Facebook post, without {@code #}
 */
@Validated
@ConfigurationProperties("cchc.content")
public record ContentProperties(
        @DefaultValue("content") Path dir,
        @DefaultValue("Trung tâm Y tế") String author,
        @DefaultValue("CaiCachHanhChinh") java.util.List<String> hashtags) {}
