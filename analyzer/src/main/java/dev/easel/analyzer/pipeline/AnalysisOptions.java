package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.BuildOptions;

import java.nio.file.Path;

/**
 * How to analyse a crate set.
 *
 * @param sourceOnly    manifests, unsafe counters and the native census only: no build
 * @param usedFilesOnly count unsafe only in files reachable from the crate roots' module trees
 * @param build         how to build; when sourceOnly, only its target and feature selection are used (the foreign
 *                      interface is inferred for them)
 * @param workDir       easel-owned folder for build workers, work copies and extracted archives
 * @param cacheDir      where finished analyses are cached by content key; null disables the cache
 * @param force         re-analyse even when the cache has the crate
 * @param shard         which part of the crate set this run takes
 */
public record AnalysisOptions(boolean sourceOnly, boolean usedFilesOnly, BuildOptions build, Path workDir,
                              Path cacheDir, boolean force, Shard shard) {

    public AnalysisOptions {
        build = build == null ? BuildOptions.defaults() : build;
        shard = shard == null ? Shard.ALL : shard;
    }
}
