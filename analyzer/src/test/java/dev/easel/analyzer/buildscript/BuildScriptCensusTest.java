package dev.easel.analyzer.buildscript;

import dev.easel.analyzer.model.BuildScriptEffect;
import dev.easel.analyzer.model.BuildScriptEffects;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.source.SourceScan;
import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.easel.analyzer.buildscript.CensusFixtures.effects;
import static dev.easel.analyzer.buildscript.CensusFixtures.lines;
import static dev.easel.analyzer.buildscript.CensusFixtures.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inferred effects of the fixture build scripts and of real Debian -sys crates, finding by finding. */
class BuildScriptCensusTest {

    @Test
    void sysCrateCompilesProbesAndGeneratesBindings() {
        BuildScriptEffects e = effects(script("native-sys"));
        assertEquals("build.rs", e.script());
        assertEquals(List.of(
                "native-probe pkg-config @ build.rs:9",
                "native-compile cc @ build.rs:13",
                "bindgen bindgen @ build.rs:16",
                "rerun-if rerun-if-changed=wrapper.h @ build.rs:6",
                "rerun-if rerun-if-env-changed=NATIVE_STATIC @ build.rs:7",
                "env-read NATIVE_STATIC @ build.rs:7",
                "cfg native_vendored @ build.rs:14",
                "fs-write-out-dir null @ build.rs:20",
                "codegen null @ build.rs:20"), lines(e));
        assertEquals(List.of("bindgen", "cfg", "codegen", "env-read", "fs-write-out-dir", "native-compile",
                "native-probe", "rerun-if"), e.effects());
        assertEquals(e.effects(), e.inferred());
        assertEquals(List.of(), e.observed());
    }

    @Test
    void moduleTreeInItsOwnFolderEnvironmentAndRustcProbes() {
        BuildScriptEffects e = effects(script("codegen-env"));
        assertEquals("build/main.rs", e.script());
        // TARGET and OUT_DIR are cargo's own: not env-read; build/gen/mod.rs is reached through `mod gen;`
        assertEquals(List.of(
                "env-read CODEGEN_LIB_DIR @ build/main.rs:9",
                "env-read GIT_HASH @ build/main.rs:10",
                "process-spawn git @ build/main.rs:11",
                "process-spawn rustc (autocfg) @ build/main.rs:12",
                "cfg i128 @ build/main.rs:13",
                "rerun-if rerun-if-changed=build/main.rs @ build/main.rs:14",
                "fs-write-out-dir null @ build/gen/mod.rs:8",
                "codegen null @ build/gen/mod.rs:8"), lines(e));
        assertEquals(List.of("git", "rustc (autocfg)"), e.details(BuildScriptEffect.PROCESS_SPAWN));
    }

    @Test
    void downloadsFromCodeToolsAndBuildDependencies() {
        assertEquals(List.of(
                "network ureq @ build.rs:8",
                "download ureq @ build.rs:8",
                "fs-write-out-dir null @ build.rs:9",
                "process-spawn curl @ build.rs:11",
                "network curl @ build.rs:11",
                "download curl @ build.rs:11",
                "process-spawn git @ build.rs:12",
                "network git clone @ build.rs:12",
                "download git clone @ build.rs:12",
                "process-spawn tar @ build.rs:13"), lines(effects(script("downloader"))));
    }

    @Test
    void aDeclaredHttpClientAloneIsADownloadAtItsManifestLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("Cargo.toml"), """
                [package]
                name = "quiet"
                version = "0.1.0"

                [build-dependencies]
                cc = "1"

                [build-dependencies.reqwest]
                version = "0.11"
                features = ["blocking"]
                """);
        Files.writeString(dir.resolve("build.rs"), "fn main() {}\n");
        assertEquals(List.of("download reqwest @ Cargo.toml:8"), lines(effects(dir)));
    }

    @Test
    void hostileScriptReachesOutside() {
        assertEquals(List.of(
                "network std::net::TcpStream @ build.rs:5",
                "fs-write-elsewhere /usr/local/easel-hostile.txt @ build.rs:9",
                "env-read HOME @ build.rs:10",
                "fs-write-elsewhere host path: std::path::Path::new(&home).join(\".easel-hostile\") @ build.rs:11",
                "fs-read-outside /etc/hostname @ build.rs:14",
                "process-spawn sh @ build.rs:18",
                "rerun-if rerun-if-changed=build.rs @ build.rs:19"), lines(effects(script("hostile"))));
    }

    @Test
    void aScriptThatDoesNotLexIsReportedWithFileAndLineAndReadUpToThere() {
        SourceScan s = CensusFixtures.scan(script("unlexable"));
        assertEquals(List.of("cfg before_the_error @ build.rs:2"), lines(s.buildScript()));
        assertTrue(s.problems().contains(new Problem(Problem.Stage.SOURCE, "build.rs", 4, "unterminated string literal")),
                s.problems().toString());
    }

    @Test
    void noBuildScriptNoEffects(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"plain\"\nversion = \"0.1.0\"\n");
        assertNull(effects(dir));
    }

    private static Path debian(String folder) {
        return DebianRegistry.require(folder);
    }

    @Test
    void debianLibzSysProbesWithPkgConfig() {
        assertEquals(List.of(
                "native-probe pkg-config @ build.rs:25",
                "rerun-if rerun-if-env-changed=LIBZ_SYS_STATIC @ build.rs:7",
                "env-read LIBZ_SYS_STATIC @ build.rs:7",
                "rerun-if rerun-if-changed=build.rs @ build.rs:8"), lines(effects(debian("libz-sys-1.1.8"))));
    }

    @Test
    void debianOpensslSysSearchesTheHost() {
        BuildScriptEffects e = effects(debian("openssl-sys-0.9.80"));
        assertEquals("build/main.rs", e.script());
        assertEquals(List.of("bindgen", "cfg", "codegen", "env-read", "fs-read-outside", "fs-write-out-dir",
                "native-compile", "native-probe", "process-spawn", "rerun-if"), e.effects());
        assertEquals(List.of("pkg-config", "vcpkg"), e.details(BuildScriptEffect.NATIVE_PROBE));
        assertEquals(List.of("rustc (autocfg)", "pkg-config", "(computed)"), e.details(BuildScriptEffect.PROCESS_SPAWN));
        assertEquals(List.of("/opt/homebrew", "/usr/local", "/opt/pkg", "/opt/local", "/usr",
                "/usr/lib/libssl.0.9.8.dylib"), e.details(BuildScriptEffect.FS_READ_OUTSIDE));
        // env(name) reads OPENSSL_* variables by a computed name
        assertEquals(List.of("(computed)"), e.details(BuildScriptEffect.ENV_READ));
        assertEquals(List.of("boringssl", "openssl", "const_fn", "osslconf=\"{}\"", "{}"), e.details(BuildScriptEffect.CFG));
        // bindgen output written into OUT_DIR (build/run_bindgen.rs, a module under #[cfg(feature = "bindgen")])
        assertTrue(lines(e).contains("codegen null @ build/run_bindgen.rs:93"), lines(e).toString());
    }

    @Test
    void debianBzip2SysScriptIsPatchedToNothing() {
        // Debian comments the whole script out: it links the system's libbz2 through the -sys crate's own attributes
        BuildScriptEffects e = effects(debian("bzip2-sys-0.1.11"));
        assertEquals("build.rs", e.script());
        assertEquals(List.of(), e.findings());
    }

    @Test
    void debianCurlSysMayFetchItsSubmodule() {
        BuildScriptEffects e = effects(debian("curl-sys-0.4.58"));
        assertEquals(List.of("cfg", "download", "env-read", "fs-write-out-dir", "native-compile", "native-probe",
                "network", "process-spawn"), e.effects());
        assertTrue(lines(e).contains("download git submodule @ build.rs:49"), lines(e).toString());
        assertEquals(List.of("git", "xcode-select", "xcodebuild", "curl-config"),
                e.details(BuildScriptEffect.PROCESS_SPAWN));
        assertEquals(List.of("GSSAPI_ROOT"), e.details(BuildScriptEffect.ENV_READ));
    }
}
