package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.BuildResult;
import dev.easel.analyzer.buildscript.ObservedEffects;
import dev.easel.analyzer.extract.CallGraphExtractor;
import dev.easel.analyzer.extract.Extraction;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.ForeignInterface;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.UnsafeCounters;
import dev.easel.analyzer.provenance.VcsInfoReader;
import dev.easel.analyzer.source.SourceScan;
import dev.easel.analyzer.source.SourceScanOptions;
import dev.easel.analyzer.source.SourceScanner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts one crate's facts together: what intake read, the source scan, and (for full analyses) the build and the call
 * graph extracted from its IR and MIR. Every stage's failure is recorded on the analysis; nothing here throws for bad
 * input.
 */
final class CrateAnalyzer {

    private final boolean usedFilesOnly;
    private final ForeignInterfaces foreign;

    /**
     * @param build the run's target and feature selection: what the foreign interface is evaluated for when the crate
     *              is not compiled
     */
    CrateAnalyzer(boolean usedFilesOnly, BuildOptions build) {
        this.usedFilesOnly = usedFilesOnly;
        this.foreign = new ForeignInterfaces(build);
    }

    SourceScan scan(CrateInput input) {
        Manifest manifest = input.manifest();
        List<String> buildDependencies = manifest == null ? List.of() : manifest.dependencies().stream()
                .filter(d -> d.kind() == DependencyKind.BUILD).map(Dependency::name).distinct().toList();
        SourceScanOptions options = SourceScanOptions.defaults()
                .withUsedFilesOnly(usedFilesOnly)
                .withBuildDependencies(buildDependencies);
        return SourceScanner.scan(input.folder(), options);
    }

    /** Manifest, unsafe counters, native census and the foreign interface inferred for the target; no build. */
    CrateAnalysis sourceOnly(CrateInput input, SourceScan scan) {
        List<Problem> problems = new ArrayList<>();
        ForeignInterface fi = foreign.inferred(input, problems);
        return base(input, scan, problems)
                .build(BuildOutcome.skipped("source-only analysis"))
                .foreignInterface(fi)
                .linkedLibraries(ForeignInterfaces.linkAttributes(input, fi))
                .build();
    }

    /** A full analysis from a finished build (ok or not); reads the IR and MIR while they exist. */
    CrateAnalysis fromBuild(CrateInput input, SourceScan scan, BuildResult build) {
        List<Problem> problems = new ArrayList<>(build.problems());
        // what rustc compiled when it did; a crate that failed to build is inferred from source like a source-only one
        ForeignInterface fi = build.compiled() != null ? foreign.compiled(input, build.compiled(), problems)
                : foreign.inferred(input, problems);
        List<LinkedLibrary> linked = new ArrayList<>(build.linkedLibraries());
        for (LinkedLibrary l : ForeignInterfaces.linkAttributes(input, fi)) {
            if (linked.stream().noneMatch(b -> b.name().equals(l.name()) && l.crate().equals(b.crate()))) {
                linked.add(l);
            }
        }
        String libName = input.manifest() != null && input.manifest().libCrateName() != null
                ? input.manifest().libCrateName() : input.name();
        CrateAnalysis.Builder analysis = base(input, scan, problems)
                .build(build.outcome())
                .foreignInterface(fi)
                .linkedLibraries(linked)
                .resolved(build.resolved())
                .buildScript(ObservedEffects.merge(scan.buildScript(), input.name(), build));
        if (build.ok() && build.llFile() != null) {
            NativeLinkAttribution links = NativeLinkAttribution.of(input.manifest(), fi, build.linkedLibraries());
            try {
                // symbols and paths spell the library's crate name (xml for package xml-rs)
                Extraction graph = CallGraphExtractor.extract(libName, build.llFile(), build.mirFile(), links.hints());
                analysis.functions(UnsafeMarks.apply(libName, graph.functions(), scan.unsafeCounters()))
                        .calls(graph.calls())
                        .foreignCalls(links.complete(graph.foreignCalls()))
                        .exports(graph.exports())
                        .callbacks(graph.callbacks());
                problems.addAll(graph.problems());
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(Problem.Stage.EXTRACT, String.valueOf(build.llFile()), 0,
                        "cannot read the call graph: " + e));
            }
        }
        return analysis.problems(problems).build();
    }

    private static CrateAnalysis.Builder base(CrateInput input, SourceScan scan, List<Problem> problems) {
        problems.addAll(0, input.problems());
        problems.addAll(scan.problems());
        return CrateAnalysis.builder(input.name(), input.version())
                .source(input.source())
                .manifest(input.manifest())
                .unsafeCounters(scan.unsafeCounters())
                .nativeCode(scan.nativeCode())
                .vcs(VcsInfoReader.read(input.folder(), problems))
                .buildScript(scan.buildScript())
                .problems(problems);
    }

    /** Keeps FunctionInfo immutable while marking the functions the source scan found unsafe. */
    static final class UnsafeMarks {
        private UnsafeMarks() {
        }

        static List<FunctionInfo> apply(String crateName, List<FunctionInfo> functions, UnsafeCounters counters) {
            if (counters == null || counters.unsafeFunctions().isEmpty()) {
                return functions;
            }
            UnsafeFunctionIndex index = new UnsafeFunctionIndex(crateName, counters.unsafeFunctions());
            return functions.stream()
                    .map(f -> !f.unsafe() && index.matches(f) ? withUnsafe(f) : f)
                    .toList();
        }

        private static FunctionInfo withUnsafe(FunctionInfo f) {
            return new FunctionInfo(f.id(), f.name(), f.crate(), f.instantiatedIn(), f.file(), f.line(), f.linkage(),
                    f.exported(), true, f.provenance());
        }
    }
}
