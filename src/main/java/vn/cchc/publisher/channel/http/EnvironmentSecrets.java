package vn.cchc.publisher.channel.http;

import java.util.Optional;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Reads secrets from the process environment through Spring's {@link Environment}, and only from its
 * system-environment property source: a value with the same name in a configuration file is ignored, so
 * secrets never live in files.
 */
public final class EnvironmentSecrets implements SecretSource {

    private final Environment environment;

    public EnvironmentSecrets(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Optional<Secret> get(String name) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return Optional.empty();
        }
        PropertySource<?> source =
                configurable.getPropertySources().get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (source == null) {
            return Optional.empty();
        }
        Object value = source.getProperty(name);
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Secret.of(text.strip()));
    }
}
