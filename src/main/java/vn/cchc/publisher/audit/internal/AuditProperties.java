package vn.cchc.publisher.audit.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit module ({@code cchc.audit.*}).
 *
 * @param attachmentsDir where the attachments of offline activities are kept, named by their SHA-256
 */
@ConfigurationProperties("cchc.audit")
record AuditProperties(@DefaultValue("data/attachments") Path attachmentsDir) {}
