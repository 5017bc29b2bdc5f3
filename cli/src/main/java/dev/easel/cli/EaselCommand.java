package dev.easel.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Base of every easel subcommand (as PMD 7's AbstractPmdSubcommand): the common options and writers, and a final
 * {@link #call()} that validates before any work starts, executes, and returns an {@link ExitCode}.
 */
abstract class EaselCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        validate();
        return execute().code();
    }

    /** Checks what can be checked before any work starts, so a typo costs nothing; throws {@link UsageException}. */
    protected void validate() {
    }

    protected abstract ExitCode execute() throws Exception;

    /** Results. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Progress, messages and logs. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** OK, or SOME_FAILED when anything went wrong along the way. */
    protected static ExitCode okUnless(boolean anyFailed) {
        return anyFailed ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    /** NOT_LOADED when versions could not be loaded (it says more than a failed crate), else {@link #okUnless}. */
    protected static ExitCode loadedUnless(long notLoaded, boolean anyFailed) {
        return notLoaded > 0 ? ExitCode.NOT_LOADED : okUnless(anyFailed);
    }

    protected static void requireFiles(List<Path> files) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UsageException("no such file: " + f);
            }
        }
    }

    protected static Path requireExisting(Path p) {
        if (!Files.exists(p)) {
            throw new UsageException("no such file or folder: " + p);
        }
        return p;
    }
}
