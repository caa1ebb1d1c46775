package vn.cchc.publisher.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what. Two filter chains:
 *
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic with the same accounts as the pages, no session and so no cookie to
 *       forge a request with (hence no CSRF token); refusals are RFC 9457 problem details.
 *   <li>everything else: the sign-in form, a session, CSRF tokens on every form. The local site at
 *       {@code /site/}, the sign-in page, static assets and the health status are public.
 * </ul>
 *
 * Roles: {@code officer} queues, cancels and retries, records offline activities and explains report targets; {@code approver}
 * approves and rejects; {@code auditor} reads the audit trail and the reports; every signed-in user reads the
 * overview, the calendar, content and the queue; {@code admin} may do everything.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String OFFICER = UserRole.OFFICER.role();
    static final String APPROVER = UserRole.APPROVER.role();
    static final String AUDITOR = UserRole.AUDITOR.role();
    static final String ADMIN = UserRole.ADMIN.role();

    @Bean
    BCryptPasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    ConfiguredUsers configuredUsers(SecurityProperties properties, BCryptPasswordEncoder encoder) {
        return new ConfiguredUsers(properties, encoder);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN)
                .implies(OFFICER, APPROVER, AUDITOR)
                .build();
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties, Clock clock) {
        return new LoginThrottle(properties.throttle(), clock);
    }

    /** The one way anybody signs in: the accounts' BCrypt hashes, behind the throttle. */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(
            ConfiguredUsers users, BCryptPasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }

    /**
     * What a request of the API or of Actuator without valid credentials gets: 401 with the Basic challenge,
     * or 429 with {@code Retry-After} while its sign-ins are slowed down; a problem detail either way.
     */
    static void refuseSignIn(HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.seconds()));
            Problems.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Đăng nhập sai quá nhiều lần",
                    "Vui lòng thử lại sau " + throttled.seconds() + " giây.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"cchc-publisher\"");
        Problems.write(
                response, HttpStatus.UNAUTHORIZED, "Chưa đăng nhập", "Gửi tên đăng nhập và mật khẩu (HTTP Basic).");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // the OpenAPI description is public: it holds no data
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/openapi.yaml")
                        .permitAll()
                        // the officer explains targets not met; reading reports stays with auditors and approvers
                        .requestMatchers(HttpMethod.PUT, "/api/reports/*/explanations/*/*")
                        .hasRole(OFFICER)
                        .requestMatchers("/api/reports/**", "/api/audit/**")
                        .hasAnyRole(AUDITOR, APPROVER)
                        .requestMatchers(HttpMethod.POST, "/api/publications/*/approve", "/api/publications/*/reject")
                        .hasRole(APPROVER)
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .authenticated()
                        .anyRequest()
                        .hasRole(OFFICER))
                .httpBasic(basic -> basic.realmName("cchc-publisher")
                        .authenticationEntryPoint((request, response, e) -> refuseSignIn(response, e)))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> Problems.write(
                        response,
                        HttpStatus.FORBIDDEN,
                        "Không có quyền",
                        "Tài khoản này không được phép thực hiện thao tác này.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session and no cookie: a forged cross-site request carries no credentials
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    /**
     * {@code /actuator/**}: the health status and the probes are public; metrics, info and the health
     * details are for the admin role, signed in through the form (a session) or with HTTP Basic (a scraper),
     * which never creates a session. Only reads are exposed, so no CSRF token is needed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .anyRequest()
                        .hasRole(ADMIN))
                .httpBasic(basic -> basic.realmName("cchc-publisher")
                        .authenticationEntryPoint((request, response, e) -> refuseSignIn(response, e)))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/site", "/site/**", "/login", "/css/**", "/js/**", "/img/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/reports/explanations")
                        .hasRole(OFFICER)
                        .requestMatchers(HttpMethod.GET, "/reports/explanations")
                        .hasAnyRole(OFFICER, AUDITOR, APPROVER)
                        .requestMatchers("/audit/**", "/reports/**")
                        .hasAnyRole(AUDITOR, APPROVER)
                        .requestMatchers(HttpMethod.POST, "/queue/*/approve", "/queue/*/reject")
                        .hasRole(APPROVER)
                        .requestMatchers(HttpMethod.GET, "/**")
                        .authenticated()
                        .anyRequest()
                        .hasRole(OFFICER))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LoginThrottledException throttled
                                        ? "/login?wait=" + throttled.seconds()
                                        : "/login?error")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                        + " object-src 'none'; frame-ancestors 'none'; form-action 'self';"
                                        + " base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .requestCache(Customizer.withDefaults());
        return http.build();
    }
}
