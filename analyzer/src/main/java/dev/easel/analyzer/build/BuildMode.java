package dev.easel.analyzer.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How one crate becomes a cargo build: {@link WorkCopyBuild} (a private copy, {@code cargo rustc --lib -- --emit…})
 * or {@link RegistryPackageBuild} (the offline registry's own package, {@code cargo build -p}, --emit added by a
 * RUSTC_WRAPPER) or {@link RunWorkspaceBuild} (the same, from the run's shared workspace). {@link CrateBuilder} runs
 * the same steps for all; what differs is here.
 */
sealed interface BuildMode extends AutoCloseable permits WorkCopyBuild, RegistryPackageBuild, RunWorkspaceBuild {

    /** The folder cargo runs in. */
    Path dir();

    /** The folder rustc reads the crate's sources from (a work copy, or the registry's own package folder). */
    Path sourceDir();

    /**
     * Feature options for cargo metadata and the build, when they go on the command line (none by default: a
     * registry package's features are written into the manifest that depends on it).
     */
    default List<String> featureArgs() {
        return List.of();
    }

    /** The root package's facts from cargo metadata's output. */
    CargoMetadata readMetadata(Path json) throws IOException;

    /** True when the mode knows the metadata already ({@link #readMetadata} then ignores its argument). */
    default boolean knowsMetadata() {
        return false;
    }

    /** The cargo subcommand and its package selection, e.g. {@code [rustc]} or {@code [build, -p, id]}. */
    List<String> subcommand(CargoMetadata.PackageInfo root);

    /** Arguments for rustc after {@code --} (none by default: {@code cargo build} takes none). */
    default List<String> rustcArgs() {
        return List.of();
    }

    /** Environment variables the mode needs beside the common ones. */
    Map<String, String> env(String libName);

    /** Folders beside the crate's own that the sandboxed build must read. */
    List<Path> readable();

    /**
     * True when cargo may find the root's library up to date, built earlier as another crate's dependency, and so
     * run no rustc for it: then the build is run once more with the root's fingerprint forgotten.
     */
    boolean mayFindRootFresh();

    /** Files and folders that belong to this crate alone in the worker's target folder. */
    List<Path> artifacts(CargoMessages messages, Path deps, String libName, String hash) throws IOException;

    /** How the crate was built, for the outcome's message. */
    String description();

    /** True when the built manifest lost its dev-dependency tables. */
    boolean devDependenciesDropped();

    /** A note on how the mode was prepared, or null. */
    String problem();

    /** Deletes what the mode wrote to build from. */
    @Override
    void close();
}
