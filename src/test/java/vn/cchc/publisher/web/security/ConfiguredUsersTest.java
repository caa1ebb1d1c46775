package vn.cchc.publisher.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class ConfiguredUsersTest {

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4);
    private static final String HASH = ENCODER.encode("mat-khau-can-bo");
    private static final SecurityProperties.Throttle THROTTLE =
            new SecurityProperties.Throttle(5, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

    private static ConfiguredUsers users(SecurityProperties.User... users) {
        return new ConfiguredUsers(new SecurityProperties(List.of(users), THROTTLE), ENCODER);
    }

    private static SecurityProperties.User user(String name, String hash, String... roles) {
        return new SecurityProperties.User(name, hash, List.of(roles), null);
    }

    @Test
    void readsAccountsWithTheirRolesAndNames() {
        ConfiguredUsers users = users(
                new SecurityProperties.User("canbo", HASH, List.of("officer"), "Nguyễn Văn A"),
                user("lanhdao", "{bcrypt}" + HASH, "Approver", "auditor"));

        assertThat(users.account("canbo").orElseThrow().name()).isEqualTo("Nguyễn Văn A");
        assertThat(users.account("lanhdao").orElseThrow().roles()).containsExactly(UserRole.APPROVER, UserRole.AUDITOR);
        assertThat(users.loadUserByUsername("lanhdao").getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_APPROVER", "ROLE_AUDITOR");
        assertThat(ENCODER.matches(
                        "mat-khau-can-bo", users.loadUserByUsername("canbo").getPassword()))
                .isTrue();
        assertThatThrownBy(() -> users.loadUserByUsername("khach")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void aPasswordInsteadOfAHashStopsTheStartWithoutShowingIt() {
        assertThatThrownBy(() -> users(user("canbo", HASH, "officer"), user("lanhdao", "MatKhauThat123", "approver")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cchc.security.users[1].password-hash of \"lanhdao\" is not a BCrypt hash")
                .hasMessageContaining("hash-password")
                .message()
                .doesNotContain("MatKhauThat123");
    }

    @Test
    void anUnknownRoleIsNamedWithItsIndex() {
        assertThatThrownBy(() -> users(user("canbo", HASH, "officer", "editor")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cchc.security.users[0].roles[1]")
                .hasMessageContaining("unknown role \"editor\"");
    }

    @Test
    void aDuplicateUserStopsTheStart() {
        assertThatThrownBy(() -> users(user("canbo", HASH, "officer"), user("canbo", HASH, "admin")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cchc.security.users[1].username \"canbo\" is configured twice");
    }

    @Test
    void aMissingUsernameOrRoleStopsTheStart() {
        assertThatThrownBy(() -> users(user(" ", HASH, "officer")))
                .hasMessage("cchc.security.users[0].username is missing");
        assertThatThrownBy(() -> users(user("canbo", HASH)))
                .hasMessageContaining("cchc.security.users[0].roles of \"canbo\" is empty");
    }

    @Test
    void withoutUsersAnAdminIsCreatedAndItsPasswordLoggedOnce(CapturedOutput output) {
        ConfiguredUsers users = users();

        ConfiguredUsers.Account admin = users.account("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(UserRole.ADMIN);
        Matcher logged = Pattern.compile("with password (\\S+) for this run").matcher(output.getAll());
        assertThat(logged.find()).isTrue();
        String password = logged.group(1);
        assertThat(ENCODER.matches(password, admin.passwordHash())).isTrue();
        assertThat(output.getAll().split(Pattern.quote(password), -1)).hasSize(2);
    }
}
