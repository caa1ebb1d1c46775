package vn.cchc.publisher.verification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.publisher.TestDatabases;
import vn.cchc.publisher.content.WebsitePage;

/** A verifier over a fresh database, recording the events it publishes; the fixture pages. */
final class VerificationFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    /** The article the fixture pages show, as our renderer makes it. */
    static final WebsitePage PAGE = new WebsitePage(
            "bo-phan-mot-cua-hien-dai", "Bộ phận một cửa hiện đại", """
            <p>Từ ngày 01/3, Trung tâm đưa vào hoạt động <strong>bộ phận một cửa</strong> hiện đại.</p>
            <p>Người dân được hướng dẫn "tận tình", thủ tục giải quyết nhanh hơn...</p>
            <figure><img src="http://placeholder.invalid/media/articles/img/a.png" alt=""></figure>
            <ul><li>Tiếp nhận hồ sơ trực tuyến;</li><li>Trả kết quả qua bưu điện.</li></ul>
            """, "Tóm tắt.", List.of("articles/img/a.png"));

    final DataSource dataSource = TestDatabases.migratedH2();
    final JdbcClient jdbc = JdbcClient.create(dataSource);
    final List<Object> events = new ArrayList<>();
    final JsoupPageVerifier verifier;

    VerificationFixtures(Path evidenceDir) {
        this(evidenceDir, Duration.ofSeconds(5));
    }

    VerificationFixtures(Path evidenceDir, Duration readTimeout) {
        VerificationProperties properties =
                VerificationProperties.defaults(evidenceDir).withTimeouts(Duration.ofSeconds(2), readTimeout);
        verifier = new JsoupPageVerifier(properties, jdbc, events::add, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A fixture page of {@code src/test/resources/verification/}, with {@code {{base}}} replaced. */
    static String resource(String name, String base) {
        try (InputStream in = VerificationFixtures.class.getResourceAsStream("/verification/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tiny PNG's first bytes: enough for a content-type check. */
    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    }
}
