package dev.easel.analyzer.intake;

import dev.easel.analyzer.model.CrateSource;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.testdata.DebianRegistry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrateIntakeTest {

    static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();

    static List<String> ids(IntakeResult r) {
        return r.crates().stream().map(CrateInput::id).toList();
    }

    static void crateFolder(Path dir, String name, String version) throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("Cargo.toml"),
                "[package]\nname = \"" + name + "\"\nversion = \"" + version + "\"\n");
        Files.writeString(dir.resolve("src/lib.rs"), "pub fn f() {}\n");
    }

    @Test
    void singleCrateFolder(@TempDir Path work) {
        Path dir = TESTDATA.resolve("crates/base-lib");
        IntakeResult r = CrateIntake.collect(List.of(dir), IntakeOptions.all(work));
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.crates().size());
        CrateInput c = r.crates().get(0);
        assertEquals("base-lib", c.name());
        assertEquals("0.3.1", c.version());
        assertEquals(dir, c.folder());
        assertEquals(CrateSource.Kind.FOLDER, c.source().kind());
        assertEquals(dir.toString(), c.source().origin());
        assertTrue(c.source().checksum().matches("[0-9a-f]{64}"));
        assertEquals("easelbase", c.manifest().links());
        assertEquals(r, CrateIntake.collect(List.of(dir), IntakeOptions.all(work)), "deterministic");
        assertEquals(r, CrateIntake.collect(List.of(dir.resolve("Cargo.toml")), IntakeOptions.all(work)),
                "a manifest path stands for its folder");
    }

    @Test
    void debianRegistryIsOnePackagePerFolderWithNamesFilter(@TempDir Path work) {
        Path registry = DebianRegistry.require();
        IntakeResult all = CrateIntake.collect(List.of(registry), IntakeOptions.all(work));
        List<Path> folders = DebianRegistry.packages();
        assertEquals(folders, all.crates().stream().map(CrateInput::folder).sorted().toList(),
                "one crate per package folder, none from manifests nested inside a package");
        assertTrue(all.crates().stream().allMatch(c -> c.source().kind() == CrateSource.Kind.REGISTRY
                && c.source().origin().equals(registry.toString()) && c.problems().isEmpty()));
        assertEquals(all.crates().stream().sorted(CrateSelection.ORDER).toList(), all.crates(), "ordered");

        Set<String> names = Set.of("libz-sys", "cfg-if");
        Assumptions.assumeTrue(DebianRegistry.find("libz-sys").isPresent() && DebianRegistry.find("cfg-if").isPresent(),
                "libz-sys or cfg-if is not in " + registry);
        IntakeResult some = CrateIntake.collect(List.of(registry),
                IntakeOptions.all(work).withCrates(Set.of("libz-sys", "cfg-if", "no-such-crate")));
        // every version the registry holds of the two names (Debian may ship several of one crate)
        assertEquals(all.crates().stream().filter(c -> names.contains(c.name())).toList(), some.crates());
        assertEquals(names, some.crates().stream().map(CrateInput::name).collect(java.util.stream.Collectors.toSet()));
        assertEquals(1, some.problems().size());
        assertTrue(some.problems().get(0).message().contains("no-such-crate"));
    }

    @Test
    void manifestsNestedInAPackageAreNoCrates(@TempDir Path work) {
        Path registry = TESTDATA.resolve("registries/nested");
        IntakeResult r = CrateIntake.collect(List.of(registry), IntakeOptions.all(work));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("outer-1.0.0", "plain-0.2.0", "unpacked-0.1.0"), ids(r));
        assertEquals(List.of(CrateSource.Kind.REGISTRY, CrateSource.Kind.REGISTRY, CrateSource.Kind.FOLDER),
                r.crates().stream().map(c -> c.source().kind()).toList());
        assertEquals(List.of(registry.toString(), registry.toString(), registry.resolve("unpacked-0.1.0").toString()),
                r.crates().stream().map(c -> c.source().origin()).toList());
        assertEquals(List.of(registry.resolve("outer-1.0.0"), registry.resolve("plain-0.2.0"),
                registry.resolve("unpacked-0.1.0")), r.crates().stream().map(CrateInput::folder).toList());
        assertTrue(r.crates().stream().allMatch(c -> c.problems().isEmpty()));

        // a package given alone is one crate too
        assertEquals(List.of("outer-1.0.0"),
                ids(CrateIntake.collect(List.of(registry.resolve("outer-1.0.0")), IntakeOptions.all(work))));
        assertEquals(List.of("unpacked-0.1.0"),
                ids(CrateIntake.collect(List.of(registry.resolve("unpacked-0.1.0")), IntakeOptions.all(work))));
        // a nested folder given explicitly is what it is: a crate
        assertEquals(List.of("benchmarks-0.0.0"),
                ids(CrateIntake.collect(List.of(registry.resolve("outer-1.0.0/benchmarks")), IntakeOptions.all(work))));
    }

    @Test
    void painterLayoutLatestOnlyAndLimit(@TempDir Path tmp) throws IOException {
        Path crates = tmp.resolve("crates");
        crateFolder(crates.resolve("foo-1.0.0"), "foo", "1.0.0");
        crateFolder(crates.resolve("foo-1.10.0"), "foo", "1.10.0");
        crateFolder(crates.resolve("foo-1.9.0"), "foo", "1.9.0");
        crateFolder(crates.resolve("foo-2.0.0-alpha.1"), "foo", "2.0.0-alpha.1");
        crateFolder(crates.resolve("bar-0.1.0-beta.2"), "bar", "0.1.0-beta.2");
        crateFolder(crates.resolve("bar-0.1.0-beta.10"), "bar", "0.1.0-beta.10");
        Files.createDirectories(crates.resolve("not-a-crate")); // ignored inside a folder of crates
        IntakeOptions opts = IntakeOptions.all(tmp.resolve("work"));

        IntakeResult all = CrateIntake.collect(List.of(crates), opts);
        assertEquals(List.of("bar-0.1.0-beta.2", "bar-0.1.0-beta.10", "foo-1.0.0", "foo-1.9.0", "foo-1.10.0",
                "foo-2.0.0-alpha.1"), ids(all));
        assertEquals(List.of("bar-0.1.0-beta.10", "foo-1.10.0"),
                ids(CrateIntake.collect(List.of(crates), opts.withLatestOnly(true))));
        assertEquals(List.of("bar-0.1.0-beta.10"),
                ids(CrateIntake.collect(List.of(crates), opts.withLatestOnly(true).withLimit(1))));
        assertEquals(List.of("foo-1.0.0", "foo-1.9.0"),
                ids(CrateIntake.collect(List.of(crates), opts.withCrates(Set.of("foo")).withLimit(2))));
    }

    @Test
    void workspaceMembersWithInheritance(@TempDir Path work) {
        Path ws = TESTDATA.resolve("workspaces/inherit");
        IntakeResult r = CrateIntake.collect(List.of(ws), IntakeOptions.all(work));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("ws-app-1.4.0", "ws-cli-0.1.0", "ws-core-1.4.0"), ids(r), "crates/skipped is excluded");
        for (CrateInput c : r.crates()) {
            assertEquals(CrateSource.Kind.WORKSPACE_MEMBER, c.source().kind());
            assertEquals(ws.toString(), c.source().origin());
            assertEquals(List.of(), c.problems());
        }
        CrateInput core = r.crates().get(2);
        assertEquals(ws.resolve("crates/core"), core.folder());
        assertEquals("MIT OR Apache-2.0", core.manifest().license());
        assertEquals("2021", core.manifest().edition());
        // a member given alone still finds its workspace root for inheritance
        IntakeResult alone = CrateIntake.collect(List.of(ws.resolve("crates/core")), IntakeOptions.all(work));
        assertEquals(List.of("ws-core-1.4.0"), ids(alone));
        assertEquals("1.70", alone.crates().get(0).manifest().rustVersion());
    }

    @Test
    void archiveIsExtractedWithItsChecksum(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("base-lib-0.3.1.crate");
        TestArchives.packFolder(TESTDATA.resolve("crates/base-lib"), "base-lib-0.3.1", archive);
        Path work = tmp.resolve("work");
        IntakeResult r = CrateIntake.collect(List.of(archive), IntakeOptions.all(work));
        assertEquals(List.of(), r.problems());
        CrateInput c = r.crates().get(0);
        assertEquals("base-lib-0.3.1", c.id());
        assertEquals(CrateSource.Kind.ARCHIVE, c.source().kind());
        assertEquals(archive.toString(), c.source().origin());
        assertEquals(Checksums.sha256(archive), c.source().checksum());
        assertTrue(c.folder().startsWith(work));
        assertEquals("build.rs", c.manifest().buildScript());
        assertEquals(Files.readString(TESTDATA.resolve("crates/base-lib/src/lib.rs")),
                Files.readString(c.folder().resolve("src/lib.rs")));
        assertEquals(Checksums.folderSha256(TESTDATA.resolve("crates/base-lib")), Checksums.folderSha256(c.folder()),
                "the same files as the folder");
    }

    @Test
    void folderOfArchivesWithNamesFilter(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("archives"));
        for (String v : List.of("1.0.0", "1.1.0")) {
            try (TestArchives a = new TestArchives(dir.resolve("alpha-" + v + ".crate"))) {
                a.crate("alpha", v);
            }
        }
        try (TestArchives a = new TestArchives(dir.resolve("beta-0.2.0.crate"))) {
            a.crate("beta", "0.2.0");
        }
        Path work = tmp.resolve("work");
        IntakeResult r = CrateIntake.collect(List.of(dir), IntakeOptions.all(work).withCrates(Set.of("alpha")));
        assertEquals(List.of("alpha-1.0.0", "alpha-1.1.0"), ids(r));
        assertFalse(Files.exists(work.resolve("beta-0.2.0")), "archives not asked for are not unpacked");
    }

    @Test
    void traversalEntriesAreRefusedOneByOne(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("evil-1.0.0.crate");
        try (TestArchives a = new TestArchives(archive)) {
            a.crate("evil", "1.0.0")
                    .file("evil-1.0.0/../../escaped-dotdot.txt", "x")
                    .file("/tmp/escaped-absolute.txt", "x")
                    .link("evil-1.0.0/passwd", "/etc/passwd", TarConstants.LF_SYMLINK)
                    .link("evil-1.0.0/up", "../../..", TarConstants.LF_SYMLINK)
                    .link("evil-1.0.0/hard", "../../outside.txt", TarConstants.LF_LINK)
                    .link("evil-1.0.0/fine-link", "src/lib.rs", TarConstants.LF_SYMLINK)
                    .link("evil-1.0.0/fine-hard", "evil-1.0.0/Cargo.toml", TarConstants.LF_LINK)
                    .link("evil-1.0.0/b", "..", TarConstants.LF_SYMLINK) // to the extraction folder: inside
                    .link("evil-1.0.0/b/c", "..", TarConstants.LF_SYMLINK) // through b: one level above it
                    .file("evil-1.0.0/b/c/escaped-chain.txt", "x");
        }
        Path work = tmp.resolve("work");
        IntakeResult r = CrateIntake.collect(List.of(archive), IntakeOptions.all(work));
        assertEquals(1, r.crates().size(), r.toString());
        CrateInput c = r.crates().get(0);
        List<String> messages = c.problems().stream().map(Problem::message).toList();
        assertEquals(6, messages.size(), messages.toString());
        assertTrue(c.problems().stream().allMatch(p -> p.file().equals(archive.toString())
                && p.stage() == Problem.Stage.INTAKE));
        assertTrue(messages.get(0).contains("escaped-dotdot"));
        assertTrue(messages.get(1).contains("/tmp/escaped-absolute.txt"));
        assertTrue(messages.get(2).contains("/etc/passwd"));
        assertTrue(messages.get(5).contains("'evil-1.0.0/b/c'"), messages.get(5));
        assertFalse(Files.exists(work.resolve("escaped-chain.txt")));
        assertFalse(Files.exists(tmp.resolve("escaped-dotdot.txt")));
        assertFalse(Files.exists(work.resolve("escaped-dotdot.txt")));
        assertFalse(Files.exists(Path.of("/tmp/escaped-absolute.txt")));
        assertFalse(Files.exists(c.folder().resolve("passwd"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("pub fn f() {}\n", Files.readString(c.folder().resolve("fine-link")));
        assertTrue(Files.readString(c.folder().resolve("fine-hard")).contains("name = \"evil\""));
    }

    @Test
    void decompressionBombsStopAtTheLimits(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big-1.0.0.crate");
        try (TestArchives a = new TestArchives(big)) {
            a.crate("big", "1.0.0").zeros("big-1.0.0/zeros.bin", 64L << 20);
        }
        assertTrue(Files.size(big) < 1 << 20, "64 MiB of zeros compresses to little");
        Path many = tmp.resolve("many-1.0.0.crate");
        try (TestArchives a = new TestArchives(many)) {
            a.crate("many", "1.0.0");
            for (int i = 0; i < 200; i++) {
                a.file("many-1.0.0/src/f" + i + ".rs", "");
            }
        }
        try (TestArchives a = new TestArchives(tmp.resolve("fine-1.0.0.crate"))) {
            a.crate("fine", "1.0.0");
        }
        Path work = tmp.resolve("work");
        IntakeResult r = CrateIntake.collect(List.of(tmp),
                IntakeOptions.all(work).withLimits(new ArchiveLimits(8L << 20, 100)));
        assertEquals(List.of("fine-1.0.0"), ids(r), "the run goes on past refused archives");
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(big.toString(), r.problems().get(0).file());
        assertTrue(r.problems().get(0).message().contains("more than 8388608 bytes"));
        assertEquals(many.toString(), r.problems().get(1).file());
        assertTrue(r.problems().get(1).message().contains("more than 100 entries"));
        assertFalse(Files.exists(work.resolve("big-1.0.0")), "partial extraction removed");
        assertFalse(Files.exists(work.resolve("many-1.0.0")));
    }

    @Test
    void pathsThatAreNotCrates(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path text = Files.writeString(tmp.resolve("notes.txt"), "hello");
        Path corrupt = Files.writeString(tmp.resolve("corrupt-1.0.0.crate"), "not gzip");
        Path absent = tmp.resolve("absent");
        IntakeResult r = CrateIntake.collect(List.of(empty, text, corrupt, absent), IntakeOptions.all(tmp.resolve("w")));
        assertEquals(List.of(), r.crates());
        assertEquals(List.of(empty.toString(), text.toString(), corrupt.toString(), absent.toString()),
                r.problems().stream().map(Problem::file).toList());
        assertTrue(r.problems().get(0).message().startsWith("not a crate"));
        assertTrue(r.problems().get(2).message().startsWith("cannot extract"), r.problems().get(2).message());
    }

    @Test
    void brokenManifestStillYieldsTheCrateWithAProblem(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("oops-0.1.0"));
        Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"oops\nversion = \"0.1.0\"\n");
        IntakeResult r = CrateIntake.collect(List.of(dir), IntakeOptions.all(tmp.resolve("w")));
        CrateInput c = r.crates().get(0);
        assertEquals("oops-0.1.0", c.id(), "named from its folder");
        assertEquals(1, c.problems().size());
        assertEquals(Problem.Stage.MANIFEST, c.problems().get(0).stage());
        assertEquals(2, c.problems().get(0).line());
    }

    @Test
    void folderChecksumIgnoresTargetAndGit(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("c");
        crateFolder(dir, "c", "1.0.0");
        String before = Checksums.folderSha256(dir);
        Files.createDirectories(dir.resolve("target/debug"));
        Files.writeString(dir.resolve("target/debug/out"), "built");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref");
        assertEquals(before, Checksums.folderSha256(dir));
        Files.writeString(dir.resolve("src/lib.rs"), "pub fn g() {}\n");
        assertNotEquals(before, Checksums.folderSha256(dir));
        Path copy = tmp.resolve("elsewhere/c");
        crateFolder(copy, "c", "1.0.0");
        Files.writeString(copy.resolve("src/lib.rs"), "pub fn g() {}\n");
        assertEquals(Checksums.folderSha256(dir), Checksums.folderSha256(copy), "location does not matter");
    }
}
