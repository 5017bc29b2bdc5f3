package dev.easel.analyzer.build;

import dev.easel.analyzer.model.BuildOutcome.FailureClass;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.ResolvedDependency;
import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real crates from Debian's registry, built offline (packages: librust-libz-sys-dev, librust-flate2-dev, librust-curl-sys-dev, librust-cfg-if-dev, librust-proc-macro-hack-dev). */
@Tag("cargo")
class DebianCratesTest {

    @TempDir
    Path tmp;

    private BuildResult build(Path crate, BuildOptions.Builder options) {
        BuildOptions o = options.registryDir(Fixtures.DEBIAN_REGISTRY).build();
        return new CrateBuilder(o, tmp.resolve("state")).build(crate, tmp.resolve("target"));
    }

    private static Path debian(String name) {
        Path p = Fixtures.debian(name + "-");
        assumeTrue(p != null, "Debian crate " + name + " not installed");
        return p;
    }

    @Test
    void libzSysLinksZlibPerItsBuildScript() throws Exception {
        BuildResult r = build(debian("libz-sys"), BuildOptions.builder());
        assertTrue(r.ok(), () -> r.outcome().toString());
        assertEquals("libz-sys", r.name());
        assertTrue(r.linkedLibraries().contains(new LinkedLibrary("z", null, "build-script", "libz-sys")),
                r.linkedLibraries().toString());
        assertTrue(Files.isRegularFile(r.llFile()) && r.llFile().getFileName().toString().startsWith("libz_sys-"));
        // the easel-owned CARGO_HOME holds the offline config; the crate folder has no lock file
        assertTrue(Files.readString(tmp.resolve("state/cargo-home/config.toml")).contains("offline = true"));
        assertFalse(Files.exists(r.crateDir().resolve("Cargo.lock")));
        assertTrue(r.resolved().stream().anyMatch(d -> d.name().equals("libc") && d.kind() == DependencyKind.NORMAL));
        assertTrue(r.resolved().stream().anyMatch(d -> d.name().equals("pkg-config") && d.kind() == DependencyKind.BUILD));
    }

    @Test
    void libzSysWithoutZlibVisibleToPkgConfigIsAMissingLibrary() throws Exception {
        // zlib1g-dev is installed here: hide it from pkg-config, as on a machine without it
        Path empty = Files.createDirectories(tmp.resolve("no-pc-files"));
        BuildResult r = build(debian("libz-sys"), BuildOptions.builder().env("PKG_CONFIG_LIBDIR", empty.toString())
                .env("PKG_CONFIG_PATH", empty.toString()));
        assertEquals(FailureClass.MISSING_NATIVE_LIBRARY, r.outcome().failure(), r.outcome().logTail());
        assertEquals(List.of("zlib"), r.outcome().missingLibraries());
    }

    @Test
    void flate2ResolvedVersionsAreExactAndComeFromTheRegistry() throws Exception {
        BuildResult r = build(debian("flate2"), BuildOptions.builder());
        assertTrue(r.ok(), () -> r.outcome().toString());
        assertFalse(r.resolved().isEmpty());
        for (ResolvedDependency d : r.resolved()) {
            assertTrue(Files.isDirectory(Fixtures.DEBIAN_REGISTRY.resolve(d.name() + "-" + d.version().replaceFirst("\\+.*", ""))),
                    "resolved " + d + " is in the registry");
            assertTrue(d.kind() != DependencyKind.DEV);
        }
        assertTrue(r.resolved().stream().noneMatch(d -> d.name().startsWith("easel-root")), "the wrapper is no dependency");
        // built as the registry package: its dev-dependencies are never resolved, so the manifest is not rewritten
        assertFalse(r.outcome().devDependenciesDropped());
    }

    @Test
    void devDependenciesInEveryFormAreDroppedSoTheOfflineBuildResolves() {
        BuildResult r = build(Fixtures.crate("build-dev-deps"), BuildOptions.builder());
        assertTrue(r.ok(), () -> r.outcome().toString());
        assertTrue(r.outcome().devDependenciesDropped());
        assertEquals(List.of("cfg-if"), r.resolved().stream().map(ResolvedDependency::name).toList());
    }

    @Test
    void procMacroCrateGivesItsOwnIrAndMir() throws Exception {
        BuildResult r = build(debian("proc-macro-hack"), BuildOptions.builder());
        assertTrue(r.ok(), () -> r.outcome().toString());
        assertTrue(r.llFile().getFileName().toString().matches("proc_macro_hack-[0-9a-f]+\\.ll"), r.llFile().toString());
        assertTrue(Files.size(r.mirFile()) > 0);
    }

    @Test
    void curlSysBuildsWithoutTheOptionalCrateItsFeaturesDoNotAskFor() {
        // as a registry package only the optional dependencies its features enable are resolved (a path work copy's
        // lock file would need libnghttp2-sys, which only the whole registry has, not CI's packages)
        BuildResult r = build(debian("curl-sys"), BuildOptions.builder());
        assertTrue(r.ok(), () -> r.outcome().toString());
        assertTrue(r.resolved().stream().noneMatch(d -> d.name().equals("libnghttp2-sys")), r.resolved().toString());
    }

    @Test
    void curlSysWithHttp2ResolvesLibnghttp2SysOnlyWhereTheRegistryHasIt() {
        boolean registryHasIt = DebianRegistry.find("libnghttp2-sys").isPresent();
        BuildResult r = build(debian("curl-sys"), BuildOptions.builder().features(List.of("http2")));
        assertNotNull(r.outcome().rustcVersion());
        if (!registryHasIt) {
            assertEquals(FailureClass.DEPENDENCY_RESOLUTION, r.outcome().failure(), r.outcome().logTail());
            assertTrue(r.outcome().message().contains("libnghttp2-sys"), r.outcome().message());
        } else {
            // resolved: whatever else happens (a native library missing here), resolution is not the failure
            assertNotEquals(FailureClass.DEPENDENCY_RESOLUTION, r.outcome().failure(), r.outcome().logTail());
            assertTrue(!r.ok() || r.resolved().stream().anyMatch(d -> d.name().equals("libnghttp2-sys")),
                    r.resolved().toString());
        }
    }

    @Test
    void aDependencyTheRegistryLacksIsAResolutionFailure() throws Exception {
        Path crate = Files.createDirectories(tmp.resolve("wants-missing/src"));
        Files.writeString(crate.resolve("lib.rs"), "");
        Files.writeString(crate.getParent().resolve("Cargo.toml"), """
                [package]
                name = "wants-missing"
                version = "0.1.0"
                edition = "2021"

                [dependencies]
                easel-no-such-crate = "1"
                """);
        BuildResult r = build(crate.getParent(), BuildOptions.builder());
        assertEquals(FailureClass.DEPENDENCY_RESOLUTION, r.outcome().failure(), r.outcome().logTail());
        assertTrue(r.outcome().message().contains("easel-no-such-crate"), r.outcome().message());
    }
}
