package vn.cchc.publisher.web.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The accounts from {@code cchc.security.users}, checked at start: a blank username, a duplicate, a password
 * hash that is not BCrypt or an unknown role stops the start with a message naming the setting. With no
 * account configured, {@code admin} is created with a random password that is logged once and kept only in
 * memory, so it changes at every start until users are configured.
 */
public final class ConfiguredUsers implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Map<String, Account> accounts;

    /** A user as the application sees it: sign-in name, display name and roles. */
    public record Account(String username, String name, List<UserRole> roles, String passwordHash) {}

    public ConfiguredUsers(SecurityProperties properties, BCryptPasswordEncoder encoder) {
        this.accounts = properties.users().isEmpty() ? firstStartAdmin(encoder) : read(properties.users());
    }

    private static Map<String, Account> read(List<SecurityProperties.User> users) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            SecurityProperties.User user = users.get(i);
            String at = "cchc.security.users[" + i + "]";
            if (user.username() == null || user.username().isBlank()) {
                throw new IllegalStateException(at + ".username is missing");
            }
            String username = user.username().trim();
            if (accounts.containsKey(username)) {
                throw new IllegalStateException(at + ".username \"" + username + "\" is configured twice");
            }
            String hash = user.passwordHash() == null ? "" : user.passwordHash().trim();
            if (hash.startsWith("{bcrypt}")) {
                hash = hash.substring("{bcrypt}".length());
            }
            if (!BCRYPT.matcher(hash).matches()) {
                // the value itself is never shown: it may be a password pasted by mistake
                throw new IllegalStateException(at + ".password-hash of \"" + username
                        + "\" is not a BCrypt hash ($2a$10$… , 60 characters); make one with"
                        + " `java -jar cchc-publisher.jar hash-password`");
            }
            if (user.roles() == null || user.roles().isEmpty()) {
                throw new IllegalStateException(at + ".roles of \"" + username
                        + "\" is empty; give one or more of officer, approver, auditor, admin");
            }
            List<UserRole> roles = new ArrayList<>();
            for (int r = 0; r < user.roles().size(); r++) {
                try {
                    roles.add(UserRole.of(user.roles().get(r)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(at + ".roles[" + r + "]: " + e.getMessage(), e);
                }
            }
            String name = user.name() == null || user.name().isBlank()
                    ? username
                    : user.name().trim();
            accounts.put(username, new Account(username, name, List.copyOf(roles), hash));
        }
        return Collections.unmodifiableMap(accounts);
    }

    private static Map<String, Account> firstStartAdmin(BCryptPasswordEncoder encoder) {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        log.warn(
                "No user is configured (cchc.security.users): created user 'admin' with password {} for this"
                        + " run only. It is not stored anywhere; configure users to sign in with your own.",
                password);
        return Map.of(
                "admin",
                new Account("admin", "Quản trị", List.of(UserRole.ADMIN), encoder.encode(password.toString())));
    }

    /** The account of {@code username}, if any. */
    public Optional<Account> account(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    /** Every account, in configuration order. */
    public List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.get(username);
        if (account == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .build();
    }
}
