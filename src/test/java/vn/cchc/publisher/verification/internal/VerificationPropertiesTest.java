package vn.cchc.publisher.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings bind from kebab-case keys, and their defaults are the ones the tests use. */
class VerificationPropertiesTest {

    private static VerificationProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("cchc.verification", VerificationProperties.class);
    }

    @Test
    void theBoundDefaultsAreTheDefaults() {
        assertThat(bind(Map.of())).isEqualTo(VerificationProperties.defaults(Path.of("data/evidence")));
    }

    @Test
    void selectorsAndTimeoutsAreSetPerSite() {
        VerificationProperties properties = bind(Map.of(
                "cchc.verification.title-selectors", "h1.tieu-de, h1",
                "cchc.verification.body-selectors[0]", "div.noi-dung",
                "cchc.verification.read-timeout", "3s",
                "cchc.verification.evidence-dir", "/var/lib/cchc/evidence"));

        assertThat(properties.titleSelectors()).containsExactly("h1.tieu-de", "h1");
        assertThat(properties.bodySelectors()).isEqualTo(List.of("div.noi-dung"));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.evidenceDir()).isEqualTo(Path.of("/var/lib/cchc/evidence"));
    }
}
