package dev.easel.analyzer.build;

import dev.easel.analyzer.build.sandbox.SandboxMode;
import dev.easel.analyzer.model.BuildOutcome.FailureClass;
import dev.easel.analyzer.model.BuildOutcome.Status;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.ResolvedDependency;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("cargo")
class CrateBuilderTest {

    @TempDir
    Path tmp;

    private BuildResult build(String fixture, BuildOptions options) {
        return new CrateBuilder(options, tmp.resolve("state")).build(Fixtures.crate(fixture), tmp.resolve("target"));
    }

    private static BuildOptions none() {
        return BuildOptions.builder().sandbox(SandboxMode.NONE).build();
    }

    @Test
    void buildsPathDependencyFromWorkCopyWithV0SymbolsEverywhere() throws Exception {
        Path crate = Fixtures.crate("uses-base");
        long before = lastModifiedTree(crate);
        BuildResult r = build("uses-base", none());
        assertTrue(r.ok(), () -> r.outcome().toString());
        assertEquals("uses-base", r.name());
        assertEquals("0.1.0", r.version());
        assertTrue(r.outcome().rustcVersion().startsWith("rustc 1."), r.outcome().rustcVersion());
        assertTrue(r.outcome().flags().contains("symbol-mangling-version=v0"), r.outcome().flags());
        assertFalse(r.outcome().devDependenciesDropped());
        assertTrue(Files.isRegularFile(r.llFile()), "ll " + r.llFile());
        assertTrue(Files.isRegularFile(r.mirFile()), "mir " + r.mirFile());
        assertTrue(r.llFile().getFileName().toString().startsWith("uses_base-"));
        String ll = Files.readString(r.llFile());
        // base-lib's functions are named by base-lib's own mangling: v0 means RUSTFLAGS reached the dependency too
        assertTrue(ll.contains("8base_lib6answer") && ll.contains("@_R"), "v0 symbols of base_lib in uses_base.ll");
        assertFalse(ll.contains("_ZN8base_lib"), "no legacy symbols of base_lib");
        assertTrue(Files.readString(r.mirFile()).contains("answer()"));
        // the dependency's own object code: its symbols are v0 too
        Path rlib;
        try (Stream<Path> s = Files.list(r.llFile().getParent())) {
            rlib = s.filter(p -> p.getFileName().toString().matches("libbase_lib-[0-9a-f]+\\.rlib")).findFirst().orElseThrow();
        }
        String objects = new String(Files.readAllBytes(rlib), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(objects.contains("_RNvCs") && objects.contains("8base_lib6answer"), "v0 symbols in " + rlib);
        assertFalse(objects.contains("_ZN8base_lib6answer"), "no legacy symbols in " + rlib);
        assertEquals(1, r.resolved().size());
        assertEquals(new ResolvedDependency("base-lib", "0.3.1", DependencyKind.NORMAL, "base_lib"), r.resolved().get(0));
        // base-lib's build script ran with it: its links metadata is parsed
        BuildScriptOutput base = r.buildScripts().stream().filter(s -> s.packageName().equals("base-lib"))
                .findFirst().orElseThrow();
        assertEquals("base", base.metadata().get("DEP_EASELBASE_MARKER"));
        assertEquals(before, lastModifiedTree(crate), "the crate folder is never written");
        assertFalse(Files.exists(crate.resolve("Cargo.lock")));
        assertFalse(Files.exists(crate.resolve("target")));

        r.deleteArtifacts();
        assertFalse(Files.exists(r.llFile()));
        assertFalse(Files.exists(r.mirFile()));
    }

    @Test
    void rebuildingTheSameCrateInTheSameTargetWritesIrAgain() {
        BuildResult first = build("unsafe-zoo", none());
        assertTrue(first.ok(), () -> first.outcome().toString());
        first.deleteArtifacts();
        BuildResult second = build("unsafe-zoo", none());
        assertTrue(second.ok(), () -> second.outcome().toString());
        assertTrue(Files.isRegularFile(second.llFile()));
    }

    @Test
    void compileErrorIsClassifiedWithRustcsMessageInTheTail() {
        BuildResult r = build("broken", none());
        assertEquals(Status.FAILED, r.outcome().status());
        assertEquals(FailureClass.COMPILE_ERROR, r.outcome().failure());
        assertTrue(r.outcome().logTail().contains("mismatched types"), r.outcome().logTail());
        assertNotNull(r.outcome().rustcVersion());
        assertNull(r.llFile());
    }

    @Test
    void panickingBuildScript() {
        BuildResult r = build("build-panics", none());
        assertEquals(FailureClass.BUILD_SCRIPT_PANIC, r.outcome().failure(), r.outcome().message());
        assertTrue(r.outcome().message().contains("build-panics"), r.outcome().message());
        assertTrue(r.outcome().logTail().contains("this build script always fails"));
    }

    @Test
    void binaryOnlyCrateIsNotALibrary() {
        BuildResult r = build("build-bin-only", none());
        assertEquals(FailureClass.NOT_A_LIBRARY, r.outcome().failure(), r.outcome().message());
        assertEquals("build-bin-only", r.name());
    }

    @Test
    void rustVersionAboveTheToolchain() {
        BuildResult r = build("build-newer-rust", none());
        assertEquals(FailureClass.TOOLCHAIN_TOO_OLD, r.outcome().failure(), r.outcome().logTail());
    }

    @Test
    void missingHeaderNamesTheLibrary() {
        BuildResult r = build("build-missing-header", none());
        assertEquals(FailureClass.MISSING_NATIVE_LIBRARY, r.outcome().failure(), r.outcome().logTail());
        assertEquals(java.util.List.of("easel_absent"), r.outcome().missingLibraries());
    }

    @Test
    void timeoutKillsTheWholeProcessTree() throws Exception {
        Path pids = tmp.resolve("pids.txt");
        BuildOptions o = BuildOptions.builder().sandbox(SandboxMode.NONE).timeout(Duration.ofSeconds(20))
                .env("EASEL_HANG_PID_FILE", pids.toString()).build();
        BuildResult r = build("build-hang", o);
        assertEquals(Status.TIMED_OUT, r.outcome().status());
        assertEquals(FailureClass.TIMEOUT, r.outcome().failure());
        assertTrue(Files.exists(pids), "the build script started");
        for (String pid : Files.readString(pids).trim().split(" ")) {
            long p = Long.parseLong(pid);
            boolean alive = ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false);
            for (int i = 0; alive && i < 50; i++) { // reaping may lag the kill a little
                Thread.sleep(100);
                alive = ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false);
            }
            assertFalse(alive, "process " + p + " of the hung build still runs");
        }
    }

    @Test
    void memoryLimitFailsAsOutOfMemory() {
        BuildOptions o = BuildOptions.builder().sandbox(SandboxMode.NONE).memoryLimitBytes(200L << 20).build();
        BuildResult r = build("unsafe-zoo", o);
        assertEquals(FailureClass.OUT_OF_MEMORY, r.outcome().failure(), r.outcome().logTail());
    }

    @Test
    void buildScriptInstructionsOfTheCrateItself() {
        BuildResult r = build("build-link-lines", none());
        assertTrue(r.ok(), () -> r.outcome().toString());
        BuildScriptOutput s = r.buildScripts().stream().filter(b -> b.packageName().equals("build-link-lines"))
                .findFirst().orElseThrow();
        assertEquals(java.util.List.of("m", "c", "libm.so.6", "dl"), s.linkLibs().stream()
                .map(BuildScriptOutput.LinkLib::name).toList());
        assertEquals("dylib", s.linkLibs().get(2).kind());
        assertEquals("+verbatim", s.linkLibs().get(2).modifiers());
        assertEquals(java.util.List.of("native=/usr/lib", "/lib"), s.linkSearch());
        assertEquals(java.util.List.of("easel_lines"), s.cfgs());
        assertEquals(java.util.List.of("EASEL_LINES=yes"), s.env());
        assertEquals(java.util.List.of("-Wl,--as-needed"), s.linkArgs());
        assertEquals(java.util.List.of("easel says hello"), s.warnings());
        assertEquals("/opt/easel/include", s.metadata().get("DEP_EASEL_LINES_INCLUDE"));
        assertEquals("/opt/easel", s.metadata().get("DEP_EASEL_LINES_ROOT"));
        assertTrue(r.linkedLibraries().contains(
                new dev.easel.analyzer.model.LinkedLibrary("m", null, "build-script", "build-link-lines")));
        assertTrue(r.linkedLibraries().contains(
                new dev.easel.analyzer.model.LinkedLibrary("dl", null, "l-flag", "build-link-lines")),
                r.linkedLibraries().toString());
        assertEquals(java.util.List.of("easel_lines"), r.compiled().cfgs());
        assertTrue(r.compiled().files().contains(Fixtures.crate("build-link-lines").resolve("src/lib.rs")),
                r.compiled().files().toString());
    }

    private static long lastModifiedTree(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.mapToLong(p -> p.toFile().lastModified()).max().orElse(0) * 31
                    + Files.list(dir).count();
        }
    }
}
