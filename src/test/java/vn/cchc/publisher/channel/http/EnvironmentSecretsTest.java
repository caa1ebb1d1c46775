package vn.cchc.publisher.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class EnvironmentSecretsTest {

    @Test
    void readsTheVariableFromTheProcessEnvironment() {
        MockEnvironment environment = new MockEnvironment();
        environment
                .getPropertySources()
                .addLast(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("FACEBOOK_PAGE_TOKEN", " EAAB-token ")));

        assertThat(new EnvironmentSecrets(environment).get("FACEBOOK_PAGE_TOKEN"))
                .hasValueSatisfying(secret -> assertThat(secret.reveal()).isEqualTo("EAAB-token"));
    }

    @Test
    void ignoresAValueFromAConfigurationFile() {
        MockEnvironment environment = new MockEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "Config resource 'application.yaml'", Map.of("FACEBOOK_PAGE_TOKEN", "from-a-file")));

        assertThat(new EnvironmentSecrets(environment).get("FACEBOOK_PAGE_TOKEN"))
                .isEmpty();
    }

    @Test
    void treatsABlankVariableAsMissing() {
        MockEnvironment environment = new MockEnvironment();
        environment
                .getPropertySources()
                .addLast(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of("ZALO_APP_ID", "  ")));

        assertThat(new EnvironmentSecrets(environment).get("ZALO_APP_ID")).isEmpty();
    }

    @Test
    void aSecretPrintsAsAMaskAndCanBeRedacted() {
        Secret secret = Secret.of("EAAB-token");

        assertThat(secret).hasToString("****");
        assertThat(secret.redact("token EAAB-token refused")).isEqualTo("token **** refused");
        assertThat(secret.sameAs(Secret.of("EAAB-token"))).isTrue();
        assertThat(secret.sameAs(Secret.of("other"))).isFalse();
    }
}
