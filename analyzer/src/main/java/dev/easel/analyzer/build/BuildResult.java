package dev.easel.analyzer.build;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.analyzer.build.sandbox.ScriptActivity;
import dev.easel.analyzer.build.sandbox.SyscallTrace;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.ResolvedDependency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What building one crate gave.
 *
 * @param name            package name (from cargo metadata; the folder name when metadata failed)
 * @param version         package version, or null when unknown
 * @param crateDir        the crate folder that was built (never written)
 * @param outcome         status, classified failure, rustc version, flags, duration
 * @param llFile          the crate's own LLVM IR, or null when the build failed
 * @param mirFile         the crate's own MIR, or null when the build failed
 * @param buildScripts    parsed outputs of the crate's and its dependencies' build scripts run in this build
 * @param linkedLibraries native libraries named by those build scripts (via "build-script")
 * @param resolved        exact dependency versions the build used
 * @param problems        non-fatal problems (sandbox weaker than asked, unreadable lines, ...)
 * @param artifacts       files and folders that belong to this crate alone in the worker's target folder,
 *                        deleted by {@link #deleteArtifacts()}
 * @param toolMillis      wall time spent inside cargo processes (metadata and build), for overhead figures
 * @param scriptActivity  what the build scripts that ran did, from a {@link SyscallTrace}; empty when not traced
 * @param compiled        the root library's compilation (target, features, cfgs, files read); null when rustc did
 *                        not compile it
 */
public record BuildResult(
        String name,
        String version,
        Path crateDir,
        BuildOutcome outcome,
        Path llFile,
        Path mirFile,
        List<BuildScriptOutput> buildScripts,
        List<LinkedLibrary> linkedLibraries,
        List<ResolvedDependency> resolved,
        List<Problem> problems,
        List<Path> artifacts,
        long toolMillis,
        List<ScriptActivity> scriptActivity,
        CompiledLibrary compiled) {

    private static final Logger LOG = LoggerFactory.getLogger(BuildResult.class);

    public BuildResult {
        buildScripts = List.copyOf(buildScripts);
        linkedLibraries = List.copyOf(linkedLibraries);
        resolved = List.copyOf(resolved);
        problems = List.copyOf(problems);
        artifacts = List.copyOf(artifacts);
        scriptActivity = List.copyOf(scriptActivity);
    }

    /** A result of an untraced build. */
    public BuildResult(String name, String version, Path crateDir, BuildOutcome outcome, Path llFile, Path mirFile,
                       List<BuildScriptOutput> buildScripts, List<LinkedLibrary> linkedLibraries,
                       List<ResolvedDependency> resolved, List<Problem> problems, List<Path> artifacts,
                       long toolMillis) {
        this(name, version, crateDir, outcome, llFile, mirFile, buildScripts, linkedLibraries, resolved, problems,
                artifacts, toolMillis, List.of(), null);
    }

    /** This result with what a trace saw the build scripts do. */
    public BuildResult withScriptActivity(List<ScriptActivity> activity) {
        return new BuildResult(name, version, crateDir, outcome, llFile, mirFile, buildScripts, linkedLibraries,
                resolved, problems, artifacts, toolMillis, activity, compiled);
    }

    /** This result with what rustc compiled for the root's library. */
    public BuildResult withCompiled(CompiledLibrary library) {
        return new BuildResult(name, version, crateDir, outcome, llFile, mirFile, buildScripts, linkedLibraries,
                resolved, problems, artifacts, toolMillis, scriptActivity, library);
    }

    public boolean ok() {
        return outcome.ok();
    }

    /**
     * Deletes the crate's own outputs (.ll, .mir, rlib, its build script folders) from the worker's target folder,
     * once they were read. Dependencies' outputs stay: the next crates reuse them.
     */
    public void deleteArtifacts() {
        for (Path p : artifacts) {
            try {
                if (Files.isDirectory(p)) {
                    FileTrees.deleteUnchecked(p);
                } else {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot delete build artifact {}: {}", p, e.getMessage());
            }
        }
    }
}
