package vn.cchc.publisher.channel.http;

import java.util.Optional;

/** Where secrets come from: environment variables, looked up by name. */
@FunctionalInterface
public interface SecretSource {

    /** The value of the environment variable {@code name}; empty if it is unset or blank. */
    Optional<Secret> get(String name);
}
