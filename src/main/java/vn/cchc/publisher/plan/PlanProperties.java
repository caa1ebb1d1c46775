package vn.cchc.publisher.plan;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the plan module ({@code cchc.plan.*}).
 *
 * @param dir the directory holding the plan files ({@code config})
 * @param files the glob the plan files' names match ({@code plan-*.yaml})
 */
@Validated
@ConfigurationProperties("cchc.plan")
public record PlanProperties(
        @DefaultValue("config") Path dir,
        @DefaultValue("plan-*.yaml") String files) {}
