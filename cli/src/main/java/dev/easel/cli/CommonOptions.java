package dev.easel.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. The logging flags are read before parsing (LoggingSetup); here they are declared for help. */
public final class CommonOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print only errors on stderr.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print debug messages on stderr.")
    boolean verbose;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr (default; off by itself when not on a terminal).")
    boolean progress;

    /** Progress is shown only on a terminal and never in quiet mode. */
    public boolean showProgress() {
        return progress && !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
