package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.intake.CrateIntake;
import dev.easel.analyzer.intake.IntakeOptions;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.LinkedLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole analysis pipeline over the project's fixture crates, with real cargo, asserted exactly. */
class FixturePipelineTest {

    static final Path FIXTURES = Path.of("..", "testdata", "crates").toAbsolutePath().normalize();
    static final Set<String> NAMES = Set.of("ffi-libm", "exports-c", "unsafe-zoo", "base-lib", "uses-base", "broken");

    @TempDir
    static Path work;
    static Map<String, CrateAnalysis> analyses = new ConcurrentHashMap<>();

    @BeforeAll
    static void analyseFixtures() {
        List<CrateInput> inputs = CrateIntake.collect(List.of(FIXTURES), IntakeOptions.all(work.resolve("intake"))
                .withCrates(NAMES)).crates();
        AnalysisOptions options = new AnalysisOptions(false, false, BuildOptions.builder().jobs(2).build(),
                work.resolve("build"), null, false, Shard.ALL);
        try (AnalysisRun run = new AnalysisRun(options)) {
            run.run(inputs, new AnalysisRun.Listener() {
                @Override
                public void started(CrateInput input) {
                }

                @Override
                public void finished(CrateInput input, CrateAnalysis analysis, boolean fromCache) {
                    analyses.put(analysis.name(), analysis);
                }
            });
        }
    }

    @Test
    void everyFixtureIsAnalysedAndOnlyBrokenFails() {
        assertEquals(NAMES, analyses.keySet());
        for (CrateAnalysis a : analyses.values()) {
            if (a.name().equals("broken")) {
                assertEquals(BuildOutcome.Status.FAILED, a.build().status());
                assertEquals(BuildOutcome.FailureClass.COMPILE_ERROR, a.build().failure());
                assertTrue(a.build().logTail().contains("mismatched types"), a.build().logTail());
            } else {
                assertEquals(BuildOutcome.Status.OK, a.build().status(), a.name() + ": " + a.build().message());
                assertTrue(a.build().rustcVersion().startsWith("rustc 1."), a.build().rustcVersion());
            }
        }
    }

    @Test
    void ffiLibmCallsCosSqrtAndStrlenWithTheirLibraries() {
        CrateAnalysis a = analyses.get("ffi-libm");
        Map<String, String> byCaller = new TreeMap<>();
        for (ForeignCall c : a.foreignCalls()) {
            String caller = name(a, c.caller());
            byCaller.put(caller + "->" + c.symbol(), c.count() + "@" + c.library());
        }
        assertEquals(Map.of(
                "ffi_libm::cosine->cos", "1@m",
                "ffi_libm::hypot->sqrt", "2@m",
                "ffi_libm::c_len->strlen", "1@null"), byCaller);
        assertEquals(2, a.unsafeCounters().externBlocks());
        assertEquals(3, a.unsafeCounters().foreignItems());
        assertEquals(List.of(new LinkedLibrary("m", null, "link-attribute", "ffi-libm")), a.linkedLibraries());
    }

    @Test
    void exportsCExportsTwoSymbols() {
        CrateAnalysis a = analyses.get("exports-c");
        assertEquals(Set.of("easel_add", "easel_twice"),
                a.exports().stream().map(e -> e.symbol()).collect(Collectors.toSet()));
        assertTrue(a.foreignCalls().isEmpty());
    }

    @Test
    void unsafeZooCountsAndMarksItsUnsafeFunctions() {
        CrateAnalysis a = analyses.get("unsafe-zoo");
        assertEquals(2, a.unsafeCounters().functions().unsafeCount());
        assertEquals(3, a.unsafeCounters().unsafeBlocks());
        assertEquals(1, a.unsafeCounters().itemImpls().unsafeCount());
        assertEquals(1, a.unsafeCounters().itemTraits().unsafeCount());
        Set<String> unsafeFns = a.functions().stream().filter(FunctionInfo::unsafe).map(FunctionInfo::name)
                .collect(Collectors.toSet());
        assertEquals(Set.of("unsafe_zoo::read_raw", "unsafe_zoo::nothing", "unsafe_zoo::read_twice",
                "<unsafe_zoo::Holder>::call_nothing"), unsafeFns);
    }

    @Test
    void usesBaseCallsIntoBaseLibAndRecordsTheResolvedVersion() {
        CrateAnalysis a = analyses.get("uses-base");
        Set<String> calleesInBase = a.calls().stream().filter(c -> "base_lib".equals(c.calleeCrate()))
                .map(c -> c.calleeName()).collect(Collectors.toSet());
        assertTrue(calleesInBase.containsAll(Set.of("base_lib::answer", "base_lib::scaled")), calleesInBase.toString());
        assertEquals(List.of("base-lib@0.3.1"),
                a.resolved().stream().map(r -> r.name() + "@" + r.version()).toList());
        assertFalse(a.manifest().dependencies().isEmpty());
        assertEquals("base-lib", a.manifest().dependencies().get(0).name());
    }

    private static String name(CrateAnalysis a, String id) {
        return a.functions().stream().filter(f -> f.id().equals(id)).map(FunctionInfo::name).findFirst().orElse(id);
    }
}
