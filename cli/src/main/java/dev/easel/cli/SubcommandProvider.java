package dev.easel.cli;

/**
 * A subcommand that a module outside the product adds to {@code easel} when it is on the classpath, found with
 * {@link java.util.ServiceLoader}: the benchmarks (module easel-bench) stay out of the product jar yet run as
 * {@code easel bench}.
 */
public interface SubcommandProvider {

    /** An instance of a picocli {@code @Command} class. */
    Object subcommand();
}
