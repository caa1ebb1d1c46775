package vn.cchc.publisher.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /api/openapi}: every {@code /api} endpoint, HTTP Basic for all. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI cchcOpenApi() {
        String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("CCHC publisher API")
                        .version(version == null ? "development" : version)
                        .description("""
                                Hàng chờ đăng bài, duyệt, nội dung, nhật ký kiểm tra, hoạt động trực tiếp, lịch \
                                biên tập và báo cáo của dịch vụ đăng tin cải cách hành chính. Đăng nhập bằng \
                                HTTP Basic với tài khoản dùng cho giao diện web; lỗi trả về dạng RFC 9457 \
                                (application/problem+json) với tiêu đề và nội dung tiếng Việt.

                                The CCHC publisher's queue, approvals, content, audit ledger, offline \
                                activities, editorial calendar and reports. Authenticate with HTTP Basic using \
                                the same accounts as the web pages (no session, no CSRF token); errors are RFC \
                                9457 problem details with a Vietnamese title and detail."""))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Tài khoản của cchc.security.users / the configured accounts")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
