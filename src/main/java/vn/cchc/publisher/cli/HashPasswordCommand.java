package vn.cchc.publisher.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hash-password}: reads a password without echo (twice, on a terminal) or one line from standard
 * input, and prints its BCrypt hash for {@code cchc.security.users[].password-hash}. The password itself is
 * never printed or logged.
 */
@Component
@Command(
        name = "hash-password",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the BCrypt hash of a password, for cchc.security.users[].password-hash.",
            "Reads the password from the terminal without echo, or one line from standard input when it is",
            "not a terminal (echo -n … | … hash-password). Only the hash goes to standard output."
        })
class HashPasswordCommand implements Subcommand, Callable<Integer> {

    static final int MIN_LENGTH = 8;

    private final Supplier<@Nullable Console> console;
    private final Supplier<InputStream> stdin;

    @Spec
    CommandSpec spec;

    HashPasswordCommand() {
        this(System::console, () -> System.in);
    }

    HashPasswordCommand(Supplier<@Nullable Console> console, Supplier<InputStream> stdin) {
        this.console = console;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        char[] password = read(err);
        if (password == null) {
            return 1;
        }
        try {
            if (password.length < MIN_LENGTH) {
                err.println("Lỗi: mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự.");
                return 1;
            }
            out.println(new BCryptPasswordEncoder().encode(CharBuffer.wrap(password)));
            out.flush();
            err.println("Đặt chuỗi trên vào cchc.security.users[].password-hash (tốt nhất qua biến môi trường).");
            err.flush();
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The password, or null after telling why there is none. */
    private char @Nullable [] read(PrintWriter err) throws IOException {
        Console terminal = console.get();
        if (terminal != null) {
            char[] first = terminal.readPassword("Mật khẩu: ");
            char[] second = first == null ? null : terminal.readPassword("Nhập lại mật khẩu: ");
            if (first == null || second == null) {
                err.println("Lỗi: không đọc được mật khẩu.");
                return null;
            }
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                err.println("Lỗi: hai lần nhập không khớp.");
                return null;
            }
            return first;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(stdin.get(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || line.isEmpty()) {
            err.println("Lỗi: không có mật khẩu trên đầu vào chuẩn.");
            return null;
        }
        return line.toCharArray();
    }
}
