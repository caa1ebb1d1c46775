package vn.cchc.publisher.web.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the channel health shown on the overview and at {@code /api/channels}
 * ({@code cchc.channel-health.*}).
 *
 * @param graphVersions when each Graph API version retires, added to (and overriding) the known ones of
 *     {@link #KNOWN_GRAPH_VERSIONS}
 * @param graphWarningDays a Graph API version retiring in fewer days is warned about
 */
@Validated
@ConfigurationProperties("cchc.channel-health")
record ChannelHealthProperties(
        @DefaultValue Map<String, LocalDate> graphVersions,
        @DefaultValue("90") int graphWarningDays) {

    /** The retirement dates Meta published for the Graph API versions still in use in 2026. */
    static final Map<String, LocalDate> KNOWN_GRAPH_VERSIONS = Map.of(
            "v19.0", LocalDate.of(2026, 5, 21),
            "v20.0", LocalDate.of(2026, 9, 24),
            "v21.0", LocalDate.of(2027, 1, 21),
            "v22.0", LocalDate.of(2027, 5, 20),
            "v23.0", LocalDate.of(2027, 10, 8),
            "v24.0", LocalDate.of(2028, 2, 18),
            "v25.0", LocalDate.of(2028, 7, 29));

    /** The known versions with the configured ones over them. */
    Map<String, LocalDate> retirements() {
        Map<String, LocalDate> all = new TreeMap<>(KNOWN_GRAPH_VERSIONS);
        all.putAll(graphVersions);
        return all;
    }
}
