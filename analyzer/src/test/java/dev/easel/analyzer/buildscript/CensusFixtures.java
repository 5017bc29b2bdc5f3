package dev.easel.analyzer.buildscript;

import dev.easel.analyzer.manifest.ManifestReader;
import dev.easel.analyzer.model.BuildScriptEffects;
import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.source.SourceScan;
import dev.easel.analyzer.source.SourceScanOptions;
import dev.easel.analyzer.source.SourceScanner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The build-script fixtures of testdata/build-scripts and the source scan that infers their effects. */
final class CensusFixtures {

    private CensusFixtures() {
    }

    static Path script(String name) {
        for (Path base : new Path[] {Path.of("../testdata/build-scripts"), Path.of("testdata/build-scripts")}) {
            Path p = base.resolve(name);
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("build-script fixture not found: " + name);
    }

    /** The source scan of a crate as the pipeline runs it: build-dependencies from its manifest. */
    static SourceScan scan(Path crate) {
        Manifest m = ManifestReader.read(crate.resolve("Cargo.toml"));
        List<String> buildDeps = m.dependencies().stream().filter(d -> d.kind() == DependencyKind.BUILD)
                .map(Dependency::name).distinct().toList();
        return SourceScanner.scan(crate, SourceScanOptions.defaults().withBuildDependencies(buildDeps));
    }

    static BuildScriptEffects effects(Path crate) {
        return scan(crate).buildScript();
    }

    /** "effect detail @ file:line" per finding, for exact comparison. */
    static List<String> lines(BuildScriptEffects e) {
        return e.findings().stream().map(f -> f.effect().label() + " " + f.detail() + " @ " + f.evidence()).toList();
    }
}
