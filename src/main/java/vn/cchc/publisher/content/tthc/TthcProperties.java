package vn.cchc.publisher.content.tthc;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the TTHC pages ({@code cchc.content.tthc.*}).
 *
 * @param portalUrl the address of a procedure on the national public-service portal, with {@code {code}}
 *     where the procedure code goes; used when a record has no {@code portal_url} of its own
 */
@Validated
@ConfigurationProperties("cchc.content.tthc")
record TthcProperties(
        @DefaultValue(DEFAULT_PORTAL_URL)
        @Pattern(regexp = "https?://.*\\{code}.*", message = "must be an http(s) address containing {code}")
        String portalUrl) {

    static final String DEFAULT_PORTAL_URL =
            "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}";
}
