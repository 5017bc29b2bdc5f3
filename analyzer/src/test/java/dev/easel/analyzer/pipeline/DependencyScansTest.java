package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.intake.CrateIntake;
import dev.easel.analyzer.intake.IntakeOptions;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.UnsafeRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every callee counted: uses-base and graph-calls both depend on base-lib by path; a run of the two, built with real
 * cargo, scans base-lib's sources once (not a crate of the run), marked as a dependency scan, and a second run takes
 * the scan from the cache. A run that includes base-lib never scans it as a dependency.
 */
class DependencyScansTest {

    private record Scanned(CrateAnalysis analysis, boolean fromCache) {
    }

    private static List<Scanned> run(Set<String> names, Path work, Path cache, List<String> finished) {
        List<CrateInput> inputs = CrateIntake.collect(List.of(FixturePipelineTest.FIXTURES),
                IntakeOptions.all(work.resolve("intake")).withCrates(names)).crates();
        AnalysisOptions options = new AnalysisOptions(false, false, BuildOptions.builder().jobs(2).build(),
                work.resolve("build"), cache, false, Shard.ALL, UnsafeRules.GEIGER, true);
        List<Scanned> scanned = Collections.synchronizedList(new ArrayList<>());
        try (AnalysisRun run = new AnalysisRun(options)) {
            run.run(inputs, new AnalysisRun.Listener() {
                @Override
                public void finished(CrateInput input, CrateAnalysis analysis, boolean fromCache) {
                    finished.add(analysis.id() + " " + analysis.build().status());
                }

                @Override
                public void dependencyScanned(CrateInput dependency, CrateAnalysis analysis, boolean fromCache) {
                    scanned.add(new Scanned(analysis, fromCache));
                }
            });
        }
        return scanned;
    }

    @Test
    void aSharedDependencyIsScannedOnceAndThenCached(@TempDir Path work) {
        Path cache = work.resolve("cache");
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        List<Scanned> first = run(Set.of("uses-base", "graph-calls"), work.resolve("one"), cache, finished);
        assertEquals(Set.of("uses-base@0.1.0 OK", "graph-calls@0.1.0 OK"), Set.copyOf(finished), finished.toString());
        assertEquals(1, first.size(), first.toString());
        CrateAnalysis base = first.get(0).analysis();
        assertEquals("base-lib@0.3.1", base.id());
        assertTrue(base.build().isDependencyScan(), base.build().toString());
        assertEquals(BuildOutcome.Status.SKIPPED, base.build().status());
        assertEquals(UnsafeRules.GEIGER, base.unsafeCounters().rules());
        assertEquals(0, base.unsafeCounters().unsafeTotal());
        assertEquals(2, base.unsafeCounters().filesScanned()); // src/lib.rs and build.rs
        assertEquals("easelbase", base.manifest().links());
        assertTrue(base.functions().isEmpty());
        assertEquals(false, first.get(0).fromCache());

        List<Scanned> second = run(Set.of("uses-base"), work.resolve("two"), cache, new ArrayList<>());
        assertEquals(1, second.size(), second.toString());
        assertEquals("base-lib@0.3.1", second.get(0).analysis().id());
        assertTrue(second.get(0).fromCache());
    }

    @Test
    void aCrateOfTheRunIsNeverScannedAsADependency(@TempDir Path work) {
        List<Scanned> scanned = run(Set.of("uses-base", "base-lib"), work, null, new ArrayList<>());
        assertEquals(List.of(), scanned);
    }
}
