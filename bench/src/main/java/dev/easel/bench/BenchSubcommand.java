package dev.easel.bench;

import dev.easel.cli.SubcommandProvider;

/** Registers {@code easel bench} when this module is on the classpath. */
public final class BenchSubcommand implements SubcommandProvider {
    @Override
    public Object subcommand() {
        return new BenchCommand();
    }
}
