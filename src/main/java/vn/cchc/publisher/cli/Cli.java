package vn.cchc.publisher.cli;

/** Decides from the arguments whether the jar starts the service or runs a command. */
public final class Cli {

    private Cli() {}

    /**
     * True when the arguments ask for the service: none, {@code serve}, or only Spring options such as
     * {@code --server.port=8081}.
     */
    public static boolean isServe(String[] args) {
        for (String arg : args) {
            if (arg.equals("serve")) {
                return true;
            }
            if (!arg.startsWith("--") || arg.equals("--help") || arg.equals("--version")) {
                return false;
            }
        }
        return true;
    }
}
