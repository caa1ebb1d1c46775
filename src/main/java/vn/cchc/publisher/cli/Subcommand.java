package vn.cchc.publisher.cli;

/**
 * A top-level command of the jar. Each is a Spring bean annotated with picocli's {@code @Command}; the
 * runner adds every bean of this type under the root command.
 */
interface Subcommand {}
