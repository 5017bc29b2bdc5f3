package dev.easel.analyzer.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What rustc compiled for the root's library, as the build reported it: what its {@code #[cfg]} conditions were
 * evaluated against, and which files it read.
 *
 * @param target   the target triple ({@code --target}, else the host)
 * @param features the features the library was compiled with (cargo's compiler-artifact message)
 * @param cfgs     its build script's {@code rustc-cfg} values, {@code name} or {@code key="value"}
 * @param files    the source files rustc read (its dep-info), as paths valid after the build: files of the work copy
 *                 or the registry package are given in the crate folder that was asked for; generated ones under
 *                 {@link #outDir} stay there until the build's artifacts are deleted
 * @param outDir   the root build script's OUT_DIR, or null when it has none
 */
public record CompiledLibrary(String target, List<String> features, List<String> cfgs, List<Path> files,
                              Path outDir) {
    public CompiledLibrary {
        features = List.copyOf(features);
        cfgs = List.copyOf(cfgs);
        files = List.copyOf(files);
    }

    /**
     * Reads the root library's dep-info and what cargo's messages said about its compilation.
     *
     * @param depInfo   {@code deps/<crate>-<hash>.d}
     * @param sourceDir the folder cargo compiled the crate from (a work copy, or the registry's package folder)
     * @param cargoDir  the folder cargo ran in: relative paths in the dep-info are relative to it
     * @param crateDir  the crate folder that was asked for: files of {@code sourceDir} are named there
     * @param target    the target triple
     * @param rootId    the root's package id in the messages
     */
    static CompiledLibrary read(Path depInfo, Path sourceDir, Path cargoDir, Path crateDir, String target,
                                CargoMessages messages, String rootId) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path f : DepInfo.read(depInfo, cargoDir)) {
            files.add(f.startsWith(sourceDir) ? crateDir.resolve(sourceDir.relativize(f)) : f);
        }
        return new CompiledLibrary(target, messages.rootFeatures(), messages.rootCfgs(), files,
                messages.buildScripts().get(rootId));
    }
}
