package dev.easel.analyzer.manifest;

import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.SemVer;
import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestReaderTest {

    static final Path WORKSPACE = Path.of("../testdata/workspaces/inherit").toAbsolutePath().normalize();

    static String resource(String name) throws IOException {
        try (InputStream in = ManifestReaderTest.class.getResourceAsStream("/manifest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Dependency dep(Manifest m, String key, DependencyKind kind) {
        return m.dependencies().stream()
                .filter(d -> (d.rename() != null ? d.rename() : d.name()).equals(key) && d.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " dependency " + key + " in "
                        + m.dependencies()));
    }

    @Test
    void everyDebianManifestParses() {
        List<Path> packages = DebianRegistry.packages();
        Assumptions.assumeTrue(!packages.isEmpty(), "no Debian cargo registry at " + DebianRegistry.root());
        List<String> failures = new ArrayList<>();
        for (Path dir : packages) {
            // the folder's name need not be the crate's: md-0.10.1 holds md-5 (see foldersNamedOtherThanTheirCrate)
            Manifest m = ManifestReader.read(dir.resolve("Cargo.toml"));
            if (m.error() != null) {
                failures.add(m.error().toString());
            } else if (m.name() == null || m.name().isBlank()) {
                failures.add(dir.getFileName() + ": no package name");
            } else if (m.semver() == null) {
                failures.add(dir.getFileName() + ": version " + m.version() + " is no semver");
            }
        }
        assertTrue(packages.size() > 100, "expected the Debian corpus, found " + packages.size() + " manifests");
        assertEquals(List.of(), failures);
    }

    @Test
    void folderNamedOtherThanItsCrate() {
        // Debian names the folder after its package: librust-md5-dev ships the crate md-5 in md-0.10.1
        Manifest md5 = ManifestReader.read(DebianRegistry.require("md-0.10.1").resolve("Cargo.toml"));
        assertNull(md5.error());
        assertEquals("md-5", md5.name());
        assertEquals("0.10.1", md5.version());
    }

    @Test
    void folderVersionOtherThanTheManifests() {
        // a package downgraded under a higher Debian version keeps the crate's own version in its manifest
        Manifest hb = ManifestReader.read(DebianRegistry.require("harfbuzz-sys-0.5.0+really.0.4.1").resolve("Cargo.toml"));
        assertNull(hb.error());
        assertEquals("harfbuzz-sys", hb.name());
        assertEquals(SemVer.parse("0.4.1"), hb.semver());
    }

    @Test
    void libzSysLinksZAndBuildsWithPkgConfig() {
        Path dir = DebianRegistry.require("libz-sys-1.1.8");
        Manifest m = ManifestReader.read(dir.resolve("Cargo.toml"));
        assertNull(m.error());
        assertEquals("libz-sys", m.name());
        assertEquals("z", m.links());
        assertEquals("build.rs", m.buildScript(), "build.rs is auto-detected");
        assertEquals("2018", m.edition());
        Dependency pkgConfig = dep(m, "pkg-config", DependencyKind.BUILD);
        assertEquals(Dependency.Source.REGISTRY, pkgConfig.source());
        assertFalse(pkgConfig.optional());
        Dependency libc = dep(m, "libc", DependencyKind.NORMAL);
        assertTrue(libc.optional());
        Dependency vcpkg = dep(m, "vcpkg", DependencyKind.BUILD);
        assertEquals("cfg(target_env = \"msvc\")", vcpkg.target());
        assertTrue(m.features().containsKey("stock-zlib"));
    }

    @Test
    void everyDependencyForm(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Cargo.toml");
        Manifest m = ManifestReader.parse(resource("every-form.toml"), file, null);
        assertNull(m.error(), () -> String.valueOf(m.error()));
        assertEquals(SemVer.parse("2.0.0-beta.3"), m.semver());
        assertTrue(m.semver().isPrerelease());
        assertEquals("2015", m.edition());
        assertEquals("tools/gen.rs", m.buildScript());
        assertTrue(m.procMacro());

        assertEquals(new Dependency("plain", null, "1.0", DependencyKind.NORMAL, false, true, List.of(), null,
                Dependency.Source.REGISTRY, null), dep(m, "plain", DependencyKind.NORMAL));
        assertEquals(new Dependency("tabled", null, "^0.3", DependencyKind.NORMAL, true, false, List.of("a", "b"), null,
                Dependency.Source.REGISTRY, null), dep(m, "tabled", DependencyKind.NORMAL));
        assertEquals(new Dependency("real-name", "renamed_dep", "0.2", DependencyKind.NORMAL, false, true, List.of(),
                null, Dependency.Source.REGISTRY, null), dep(m, "renamed_dep", DependencyKind.NORMAL));
        assertEquals(new Dependency("local", null, "*", DependencyKind.NORMAL, false, true, List.of(), null,
                Dependency.Source.PATH, "../local"), dep(m, "local", DependencyKind.NORMAL));
        assertEquals(new Dependency("from_git", null, "*", DependencyKind.NORMAL, false, true, List.of(), null,
                Dependency.Source.GIT, "https://github.com/example/from-git"), dep(m, "from_git", DependencyKind.NORMAL));
        assertEquals("my-registry", dep(m, "alt", DependencyKind.NORMAL).location());
        assertEquals("*", dep(m, "nover", DependencyKind.NORMAL).requirement());
        Dependency dotted = dep(m, "dotted", DependencyKind.NORMAL);
        assertEquals("3", dotted.requirement());
        assertFalse(dotted.defaultFeatures());
        assertEquals("0.1", dep(m, "tester", DependencyKind.DEV).requirement());
        assertEquals("1.0", dep(m, "cc", DependencyKind.BUILD).requirement());
        assertEquals("cfg(all(unix, not(target_os = \"macos\"), any(target_arch = \"x86_64\", target_arch = \"aarch64\")))",
                dep(m, "unixonly", DependencyKind.NORMAL).target());
        Dependency vcpkg = dep(m, "vcpkg", DependencyKind.BUILD);
        assertEquals("x86_64-pc-windows-msvc", vcpkg.target());
        assertEquals("0.2", vcpkg.requirement());
        assertEquals("cfg(windows)", dep(m, "wintest", DependencyKind.DEV).target());
        assertEquals(13, m.dependencies().size());
    }

    @Test
    void buildScriptAutoDetectionAndBuildFalse(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Cargo.toml");
        String base = "[package]\nname = \"x\"\nversion = \"0.1.0\"\n";
        assertNull(ManifestReader.parse(base, file, null).buildScript(), "no build.rs, no script");
        Files.writeString(dir.resolve("build.rs"), "fn main() {}");
        assertEquals("build.rs", ManifestReader.parse(base, file, null).buildScript());
        assertNull(ManifestReader.parse(base + "build = false\n", file, null).buildScript());
    }

    @Test
    void malformedManifestIsAProblemWithLine() throws IOException {
        Manifest m = ManifestReader.parse(resource("malformed.toml"), Path.of("/crates/bad/Cargo.toml"), null);
        assertNotNull(m.error());
        assertEquals(Problem.Stage.MANIFEST, m.error().stage());
        assertEquals("/crates/bad/Cargo.toml", m.error().file());
        // the unclosed inline table is detected where the next key starts
        assertEquals(7, m.error().line(), m.error().toString());
        assertTrue(m.error().message().contains("Unexpected 'libc'"), m.error().message());
    }

    @Test
    void missingPackageIsAProblem() {
        Manifest m = ManifestReader.parse("[dependencies]\nfoo = \"1\"\n", Path.of("Cargo.toml"), null);
        assertNotNull(m.error());
        assertTrue(m.error().message().contains("[package]"), m.error().message());
    }

    @Test
    void unreadableFileIsAProblem(@TempDir Path dir) {
        Manifest m = ManifestReader.read(dir.resolve("absent/Cargo.toml"));
        assertNotNull(m.error());
        assertTrue(m.error().message().startsWith("cannot read manifest"));
    }

    @Test
    void workspaceInheritanceOfPackageFieldsAndDependencies() {
        // expected values checked against `cargo metadata --no-deps` on this workspace
        Manifest core = ManifestReader.read(WORKSPACE.resolve("crates/core/Cargo.toml"));
        assertNull(core.error(), () -> String.valueOf(core.error()));
        assertEquals("ws-core", core.name());
        assertEquals("1.4.0", core.version());
        assertEquals("2021", core.edition());
        assertEquals("MIT OR Apache-2.0", core.license());
        assertEquals("https://example.org/ws", core.repository());
        assertEquals("1.70", core.rustVersion());
        assertEquals("wscore", core.links());
        assertEquals("build.rs", core.buildScript());
        assertEquals(List.of("rlib", "cdylib"), core.crateTypes());
        assertEquals(List.of("serde/std"), core.features().get("std"));
        assertEquals(new Dependency("libc", null, "0.2", DependencyKind.NORMAL, true, true, List.of(), null,
                Dependency.Source.REGISTRY, null), dep(core, "libc", DependencyKind.NORMAL));
        assertEquals(new Dependency("serde", null, "1.0.100", DependencyKind.NORMAL, false, false,
                List.of("alloc", "std"), null, Dependency.Source.REGISTRY, null), dep(core, "serde", DependencyKind.NORMAL));

        WorkspaceRoot root = WorkspaceRoot.read(WORKSPACE);
        Manifest app = ManifestReader.read(WORKSPACE.resolve("crates/app/Cargo.toml"), root);
        assertNull(app.error(), () -> String.valueOf(app.error()));
        assertEquals("1.4.0", app.version());
        assertNull(app.license(), "not inherited when not asked for");
        assertEquals(new Dependency("ws-core", null, "1.4.0", DependencyKind.NORMAL, false, true, List.of(), null,
                Dependency.Source.PATH, "../core"), dep(app, "ws-core", DependencyKind.NORMAL));
        assertEquals(new Dependency("log", "logging", "0.4", DependencyKind.NORMAL, false, true, List.of(), null,
                Dependency.Source.REGISTRY, null), dep(app, "logging", DependencyKind.NORMAL));
        assertEquals("cfg(unix)", dep(app, "libc", DependencyKind.NORMAL).target());
        Dependency serde = dep(app, "serde", DependencyKind.DEV);
        assertTrue(serde.defaultFeatures(), "a member may switch default features back on");
        assertEquals(List.of("alloc"), serde.features());

        Manifest cli = ManifestReader.read(WORKSPACE.resolve("tools/cli/Cargo.toml"));
        assertNull(cli.buildScript(), "build = false wins over an existing build.rs");
        assertEquals("2018", cli.edition());
    }

    @Test
    void explicitWorkspacePath(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("root");
        Files.createDirectories(root);
        Files.writeString(root.resolve("Cargo.toml"), "[workspace]\nmembers = []\n[workspace.package]\nversion = \"3.2.1\"\n");
        Path member = tmp.resolve("elsewhere/member");
        Files.createDirectories(member);
        Manifest m = ManifestReader.parse("[package]\nname = \"m\"\nworkspace = \"../../root\"\nversion.workspace = true\n",
                member.resolve("Cargo.toml"), null);
        assertNull(m.error(), () -> String.valueOf(m.error()));
        assertEquals("3.2.1", m.version());
    }

    @Test
    void inheritanceWithoutWorkspaceIsAProblem(@TempDir Path dir) {
        Manifest m = ManifestReader.parse("[package]\nname = \"orphan\"\nversion.workspace = true\n",
                dir.resolve("Cargo.toml"), null);
        assertNotNull(m.error());
        assertEquals(3, m.error().line());
        assertEquals("orphan", m.name());
    }

    /** Found by fuzzing (docs/fuzzing.md): tomlj puts an error at the end of input on the line after the last one. */
    @Test
    void anErrorAtTheEndOfInputNamesTheLastLine() {
        Path file = Path.of("/nowhere/x/Cargo.toml");
        Manifest m = ManifestReader.parse("[package]\nname = \"x\"\ndescription = \"\"\"\nnever closed\n", file, null);
        assertNotNull(m.error());
        assertEquals(file.toString(), m.error().file());
        assertEquals(4, m.error().line(), m.error().toString());
    }
}
