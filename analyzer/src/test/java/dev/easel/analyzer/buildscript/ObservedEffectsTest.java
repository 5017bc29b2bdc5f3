package dev.easel.analyzer.buildscript;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.BuildResult;
import dev.easel.analyzer.build.CrateBuilder;
import dev.easel.analyzer.build.sandbox.SandboxMode;
import dev.easel.analyzer.build.sandbox.Sandboxes;
import dev.easel.analyzer.model.BuildScriptEffects;
import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.easel.analyzer.buildscript.CensusFixtures.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The hostile fixture built under bubblewrap with the trace on: its refused attempts become observed effects. */
@Tag("cargo")
class ObservedEffectsTest {

    @TempDir
    Path tmp;

    @Test
    void hostileScriptUnderBwrap() {
        assumeTrue(Sandboxes.choose(SandboxMode.BWRAP).sandbox() != null, "bubblewrap does not work here");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "strace is not installed (Debian package strace)");
        Path crate = script("hostile");
        BuildResult r = new CrateBuilder(BuildOptions.builder().sandbox(SandboxMode.BWRAP).build(), tmp.resolve("state"))
                .build(crate, tmp.resolve("target"));
        assertTrue(r.ok(), r.outcome().toString());
        BuildScriptEffects e = ObservedEffects.merge(CensusFixtures.effects(crate), "hostile", r);
        // the trace's line numbers depend on what cargo did around the script: compared without them
        List<String> observed = e.findings().stream().filter(f -> f.basis() == BuildScriptEffects.Basis.OBSERVED)
                .map(f -> f.effect().label() + " " + f.detail() + " @ " + f.file()).toList();
        String home = System.getenv("HOME");
        assertEquals(List.of(
                "rerun-if rerun-if-changed=build.rs @ output",
                "fs-write-elsewhere /usr/local/easel-hostile.txt (refused: EROFS) @ syscalls",
                "fs-write-elsewhere " + home + "/.easel-hostile (refused: EROFS) @ syscalls",
                "fs-read-outside /etc/hostname @ syscalls",
                "network 192.0.2.1:80 (refused: ENETUNREACH) @ syscalls",
                "process-spawn sh @ syscalls",
                "fs-write-elsewhere /var/tmp/easel-hostile.txt (refused: EROFS) @ syscalls"), observed);
        assertEquals(List.of("fs-read-outside", "fs-write-elsewhere", "network", "process-spawn", "rerun-if"),
                e.observed());
        assertEquals(List.of("env-read", "fs-read-outside", "fs-write-elsewhere", "network", "process-spawn",
                "rerun-if"), e.inferred());
        assertTrue(r.scriptActivity().stream().anyMatch(a -> a.packageName().equals("hostile")
                && a.workingDir() != null), "the folder cargo ran the script in is known");
    }

    @Test
    void debianLibzSysProbesWithPkgConfigInTheBuild() {
        Path crate = DebianRegistry.require("libz-sys-1.1.8");
        assumeTrue(Sandboxes.choose(SandboxMode.BWRAP).sandbox() != null, "bubblewrap does not work here");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "strace is not installed (Debian package strace)");
        BuildResult r = new CrateBuilder(BuildOptions.builder().sandbox(SandboxMode.BWRAP)
                .registryDir(crate.getParent()).build(), tmp.resolve("state")).build(crate, tmp.resolve("target"));
        assertTrue(r.ok(), r.outcome().toString());
        BuildScriptEffects e = ObservedEffects.merge(CensusFixtures.effects(crate), "libz-sys", r);
        List<String> observed = e.findings().stream().filter(f -> f.basis() == BuildScriptEffects.Basis.OBSERVED)
                .map(f -> f.effect().label() + " " + f.detail() + " @ " + f.file()).toList();
        // the output's directives (pkg-config's crate asks for many variables), and pkg-config run by the script
        assertEquals(List.of("env-read", "native-probe", "process-spawn", "rerun-if"), e.observed());
        assertEquals(List.of(
                "rerun-if rerun-if-env-changed=LIBZ_SYS_STATIC @ output",
                "env-read LIBZ_SYS_STATIC @ output",
                "rerun-if rerun-if-changed=build.rs @ output",
                "rerun-if rerun-if-env-changed=ZLIB_NO_PKG_CONFIG @ output"), observed.subList(0, 4));
        assertEquals(List.of("process-spawn pkg-config @ syscalls", "native-probe pkg-config @ syscalls"),
                observed.stream().filter(o -> o.endsWith("@ syscalls")).toList());
        assertTrue(observed.contains("env-read PKG_CONFIG_PATH @ output"), observed.toString());
    }

    @Test
    void withoutTheTraceOnlyTheOutputIsObserved() {
        Path crate = script("hostile");
        BuildResult r = new CrateBuilder(BuildOptions.builder().sandbox(SandboxMode.AUTO).traceBuildScripts(false)
                .build(), tmp.resolve("state")).build(crate, tmp.resolve("target"));
        assertTrue(r.ok(), r.outcome().toString());
        assertEquals(List.of(), r.scriptActivity());
        assertEquals(List.of("rerun-if"), ObservedEffects.merge(CensusFixtures.effects(crate), "hostile", r).observed());
    }
}
