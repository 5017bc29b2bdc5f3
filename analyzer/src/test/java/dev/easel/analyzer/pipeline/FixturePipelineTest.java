package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.Toolchain;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.intake.CrateIntake;
import dev.easel.analyzer.intake.IntakeOptions;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.ForeignInterface;
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
    static final Set<String> NAMES = Set.of("ffi-libm", "exports-c", "unsafe-zoo", "base-lib", "uses-base", "broken",
            "ffi-cfg", "renamed-lib", "uses-renamed", "uses-broken");

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
            run.run(inputs, (input, analysis, fromCache) -> analyses.put(analysis.name(), analysis));
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
                assertEquals(null, a.build().dependency());
            } else if (a.name().equals("uses-broken")) {
                // its own code is fine: it fails because broken does, and says so
                assertEquals(BuildOutcome.Status.FAILED, a.build().status());
                assertEquals(BuildOutcome.FailureClass.DEPENDENCY_FAILED, a.build().failure());
                assertEquals("broken@0.0.1", a.build().dependency());
                assertEquals(BuildOutcome.FailureClass.COMPILE_ERROR, a.build().dependencyFailure());
                assertTrue(a.build().message().startsWith("dependency broken@0.0.1 failed (compile_error): "),
                        a.build().message());
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
    void ffiCfgDeclaresAndLinksWhatItsBuildCompiledForTheHost() throws Exception {
        CrateAnalysis a = analyses.get("ffi-cfg");
        ForeignInterface fi = a.foreignInterface();
        assertEquals(ForeignInterface.Basis.COMPILED, fi.basis());
        assertEquals(Toolchain.detect().host(), fi.target());
        assertEquals(List.of("default", "std"), fi.features());
        // the files rustc compiled: src/freebsd.rs is not one of them
        assertEquals(List.of("clock_gettime:rt", "cos:m", "sqrt:m", "dlerror:dl", "strlen:null"),
                fi.declarations().stream().map(d -> d.name() + ":" + d.library()).toList());
        assertEquals(4, fi.externBlocks());
        assertEquals(List.of(new LinkedLibrary("rt", null, "link-attribute", "ffi-cfg"),
                new LinkedLibrary("m", null, "link-attribute", "ffi-cfg"),
                new LinkedLibrary("dl", null, "link-attribute", "ffi-cfg")), a.linkedLibraries());
        Map<String, String> byCaller = new TreeMap<>();
        for (ForeignCall c : a.foreignCalls()) {
            byCaller.put(name(a, c.caller()) + "->" + c.symbol(), c.count() + "@" + c.library());
        }
        assertEquals(Map.of("ffi_cfg::cosine->cos", "1@m", "ffi_cfg::root->sqrt", "1@m",
                "ffi_cfg::length->strlen", "1@null"), byCaller);
        // the unsafe counters count every file's blocks, whatever the platform (but not inside cfg_if!'s body, a token
        // tree to them)
        assertEquals(7, a.unsafeCounters().externBlocks());
    }

    @Test
    void aLibraryNamedOtherThanItsPackageIsTheCratesOwnCode() {
        CrateAnalysis renamed = analyses.get("renamed-lib");
        assertEquals("shiny", renamed.manifest().libCrateName());
        FunctionInfo polish = renamed.functions().stream().filter(f -> "shiny::polish".equals(f.name()))
                .findFirst().orElseThrow();
        assertEquals("shiny", polish.crate());
        assertEquals(null, polish.instantiatedIn(), "shiny's own function, not a copy of another crate's");
        CrateAnalysis user = analyses.get("uses-renamed");
        assertEquals(List.of("renamed-lib@0.2.0:shiny", "base-lib@0.3.1:base_lib"), user.resolved().stream()
                .map(r -> r.name() + "@" + r.version() + ":" + r.libName()).toList());
        assertTrue(user.calls().stream().anyMatch(c -> "shiny".equals(c.calleeCrate())
                && "shiny::polish".equals(c.calleeName())), user.calls().toString());
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
