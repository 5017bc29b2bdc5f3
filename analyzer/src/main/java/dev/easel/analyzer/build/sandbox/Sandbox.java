package dev.easel.analyzer.build.sandbox;

import java.nio.file.Path;
import java.util.List;

/** Wraps a command so that it runs isolated. */
public interface Sandbox {

    /** A short name for logs and outcomes: bwrap, unshare-net, none. */
    String name();

    /** True when the host's files outside the writable folders are protected. */
    boolean protectsFiles();

    /** True when the command has no network. */
    boolean blocksNetwork();

    /**
     * The command to run instead of {@code command}.
     *
     * @param writable folders the command must be able to write (work copy, target folder, cargo home)
     * @param readable folders it must be able to read even where the sandbox hides the host (a private /tmp)
     */
    List<String> wrap(List<String> command, List<Path> writable, List<Path> readable);
}
