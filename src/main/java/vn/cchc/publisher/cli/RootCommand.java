package vn.cchc.publisher.cli;

import picocli.CommandLine.Command;

@Command(
        name = "cchc-publisher",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "CCHC publisher: editorial calendar, drafts, publishing, verification and reports.",
        footer = {"", "Without a command, or with 'serve', the service starts."})
final class RootCommand {}
