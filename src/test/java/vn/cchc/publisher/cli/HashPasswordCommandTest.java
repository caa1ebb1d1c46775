package vn.cchc.publisher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine;

/** {@code hash-password} with the password on standard input, as in a script. */
@ExtendWith(OutputCaptureExtension.class)
class HashPasswordCommandTest {

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String input) {
        HashPasswordCommand command = new HashPasswordCommand(
                () -> null, () -> new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return new CommandLine(command)
                .setOut(new PrintWriter(stdout, true))
                .setErr(new PrintWriter(stderr, true))
                .execute();
    }

    @Test
    void printsOnlyTheBcryptHashOfThePassword(CapturedOutput output) {
        String password = "Mật-khẩu-thử-9f3k2";

        assertThat(run(password + "\n")).isZero();

        String hash = stdout.toString().strip();
        assertThat(hash).matches("\\$2a\\$10\\$[./A-Za-z0-9]{53}");
        assertThat(new BCryptPasswordEncoder().matches(password, hash)).isTrue();
        assertThat(stderr.toString()).contains("cchc.security.users[].password-hash");
        assertThat(stdout.toString() + stderr + output).doesNotContain(password);
    }

    @Test
    void eachRunSaltsAnew() {
        run("mot-mat-khau-dai\n");
        run("mot-mat-khau-dai\n");

        String[] hashes = stdout.toString().strip().split("\\R");
        assertThat(hashes).hasSize(2);
        assertThat(hashes[0]).isNotEqualTo(hashes[1]);
    }

    @Test
    void refusesAMissingOrShortPassword() {
        assertThat(run("")).isEqualTo(1);
        assertThat(stderr.toString()).contains("không có mật khẩu");

        assertThat(run("ngan\n")).isEqualTo(1);
        assertThat(stderr.toString()).contains("ít nhất 8 ký tự");
        assertThat(stdout.toString()).isEmpty();
    }
}
