package dev.easel.analyzer.advisory;

import dev.easel.analyzer.advisory.AdvisoryDatabaseReader.AdvisoryDatabase;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;
import org.apache.commons.compress.archivers.ArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture database (testdata/advisory-db) and real advisories (testdata/advisory-db-real), as folders and archives. */
class AdvisoryDatabaseReaderTest {

    static final Path FIXTURE = Path.of("..", "testdata", "advisory-db").toAbsolutePath().normalize();
    static final Path REAL = Path.of("..", "testdata", "advisory-db-real").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    static final List<Problem> FIXTURE_PROBLEMS = List.of(
            new Problem(Problem.Stage.ADVISORY, "crates/mid-lib/RUSTSEC-2099-0007.md", 6,
                    "unknown field 'severity' in [advisory] (ignored)"),
            new Problem(Problem.Stage.ADVISORY, "crates/mid-lib/RUSTSEC-2099-0007.md", 14,
                    "[affected.functions] \"mid_lib::gone\": invalid version requirement '=> 0.1': unexpected '>' in "
                            + "the major version number of '=> 0.1' (function ignored)"),
            new Problem(Problem.Stage.ADVISORY, "crates/mid-lib/RUSTSEC-2099-0008.md", 9,
                    "[versions] unaffected: invalid version requirement '< 0.1.O': unexpected 'O' in the patch version "
                            + "number of '< 0.1.O'; skipped"),
            new Problem(Problem.Stage.ADVISORY, "crates/vuln-lib/RUSTSEC-2099-0006.md", 7,
                    "malformed TOML: Unexpected end of line, expected ], a comma, or a newline; skipped"));

    @Test
    void fixtureFolderEveryFieldAndEveryProblemWithFileAndLine() throws IOException {
        AdvisoryDatabase db = AdvisoryDatabaseReader.read(FIXTURE);
        assertEquals(8, db.files());
        assertEquals(FIXTURE_PROBLEMS, db.problems());
        assertEquals(List.of("RUSTSEC-2099-0005", "RUSTSEC-2099-0007", "RUSTSEC-2099-0001", "RUSTSEC-2099-0002",
                "RUSTSEC-2099-0003", "RUSTSEC-2099-0004"), db.advisories().stream().map(Advisory::id).toList());

        Advisory a = byId(db, "RUSTSEC-2099-0001");
        assertEquals("vuln-lib", a.packageName());
        assertEquals("2099-01-15", a.date());
        assertEquals("Out-of-bounds read in vuln-lib's parser", a.title());
        assertEquals("https://example.invalid/vuln-lib/issues/1", a.url());
        assertEquals(List.of("memory-corruption"), a.categories());
        assertEquals(List.of("parser", "fixture"), a.keywords());
        assertEquals(List.of("CVE-2099-0001"), a.aliases());
        assertEquals("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", a.cvss());
        assertEquals("vulnerability", a.kind());
        assertNull(a.withdrawn());
        assertEquals(List.of(">= 1.1.0"), a.patched().stream().map(VersionRequirement::text).toList());
        assertEquals(List.of(), a.unaffected());
        assertEquals(List.of("vuln_lib::parse", "vuln_lib::decode", "vuln_lib::Parser::feed", "vuln_lib::parse_all",
                "vuln_lib::Parser", "vuln_lib::reset", "vuln_lib::missing"),
                a.functions().stream().map(AffectedFunction::path).toList());
        assertEquals(List.of(13, 14, 15, 16, 17, 18, 19), a.functions().stream().map(AffectedFunction::line).toList());
        assertEquals("crates/vuln-lib/RUSTSEC-2099-0001.md", a.file());
        assertTrue(a.affects(SemVer.parse("1.0.0")));
        assertTrue(!a.affects(SemVer.parse("1.1.0")));

        assertEquals("unsound", byId(db, "RUSTSEC-2099-0002").kind());
        assertEquals("2099-03-02", byId(db, "RUSTSEC-2099-0003").withdrawn());
        assertEquals("unmaintained", byId(db, "RUSTSEC-2099-0004").kind());
        assertEquals(List.of(), byId(db, "RUSTSEC-2099-0004").functions());
        // the bad function of 0007 is dropped, the rest kept
        assertEquals(List.of("mid_lib::load"),
                byId(db, "RUSTSEC-2099-0007").functions().stream().map(AffectedFunction::path).toList());
        assertEquals(List.of("denial-of-service"), byId(db, "RUSTSEC-2099-0007").categories());
    }

    @Test
    void aTarGzAsGitHubServesItReadsTheSame() throws IOException {
        Path archive = tmp.resolve("advisory-db-main.tar.gz");
        try (OutputStream file = Files.newOutputStream(archive);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            pack(tar, (name, size) -> new TarArchiveEntry(name) {{ setSize(size); }});
        }
        assertSameAsFolder(AdvisoryDatabaseReader.read(archive), "advisory-db-main/");
    }

    @Test
    void aZipReadsTheSame() throws IOException {
        Path archive = tmp.resolve("advisory-db-main.zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(archive))) {
            pack(zip, (name, size) -> new ZipArchiveEntry(name));
        }
        assertSameAsFolder(AdvisoryDatabaseReader.read(archive), "advisory-db-main/");
    }

    private interface EntryFactory<E> {
        E entry(String name, long size);
    }

    /** The fixture folder under a top folder, plus files the reader must pass over. */
    private static <E extends org.apache.commons.compress.archivers.ArchiveEntry> void pack(
            ArchiveOutputStream<E> out, EntryFactory<E> entries) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FIXTURE)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            out.putArchiveEntry(entries.entry("advisory-db-main/" + FIXTURE.relativize(f).toString().replace('\\', '/'),
                    bytes.length));
            out.write(bytes);
            out.closeArchiveEntry();
        }
        byte[] std = "```toml\n[advisory]\nid = \"CVE-2021-31162\"\n```\n".getBytes();
        out.putArchiveEntry(entries.entry("advisory-db-main/rust/std/CVE-2021-31162.md", std.length));
        out.write(std);
        out.closeArchiveEntry();
        out.finish();
    }

    private static void assertSameAsFolder(AdvisoryDatabase db, String prefix) {
        assertEquals(8, db.files());
        assertEquals(FIXTURE_PROBLEMS.stream().map(p -> new Problem(p.stage(), prefix + p.file(), p.line(), p.message()))
                .toList(), db.problems());
        assertEquals(6, db.advisories().size());
        assertEquals(7, byId(db, "RUSTSEC-2099-0001").functions().size());
    }

    @Test
    void realAdvisoriesWithTheirEdgeCases() throws IOException {
        AdvisoryDatabase db = AdvisoryDatabaseReader.read(REAL);
        assertEquals(7, db.files());
        assertEquals(List.of(), db.problems(), "the real files have no problems (license, expect-deleted are known)");

        Advisory shlex = byId(db, "RUSTSEC-2024-0006");
        assertEquals("Multiple issues involving quote API", shlex.title());
        assertEquals(List.of("CVE-2024-58266", "GHSA-r7qv-8r2h-pg27"), shlex.aliases());
        assertEquals(List.of("shlex::quote", "shlex::join", "shlex::bytes::quote", "shlex::bytes::join"),
                shlex.functions().stream().map(AffectedFunction::path).toList());
        assertTrue(shlex.affects(SemVer.parse("1.1.0")));
        assertTrue(shlex.functions().get(0).vulnerableIn(SemVer.parse("1.1.0")));
        assertTrue(!shlex.functions().get(0).vulnerableIn(SemVer.parse("1.2.1")), "< 1.2.1");
        assertTrue(shlex.affects(SemVer.parse("1.2.1")), "patched only from 1.3.0");

        Advisory tokio = byId(db, "RUSTSEC-2021-0072");
        assertEquals(4, tokio.patched().size());
        assertTrue(tokio.affects(SemVer.parse("1.6.2")));
        assertTrue(!tokio.affects(SemVer.parse("1.24.2")));

        assertEquals(List.of("diesel::serialize::ToSql<Timestamp,Mysql>", "diesel::serialize::ToSql<Time,Mysql>",
                        "diesel::serialize::ToSql<Date,Mysql>", "diesel::serialize::ToSql<DateTime,Mysql>"),
                byId(db, "RUSTSEC-2026-0134").functions().stream().map(AffectedFunction::path).toList());
        Advisory traitobject = byId(db, "RUSTSEC-2020-0027");
        assertEquals(List.of(), traitobject.functions().get(0).requirements());
        assertTrue(traitobject.functions().get(0).vulnerableIn(SemVer.parse("0.1.0")), "[] means every affected version");
        assertEquals("2020-10-22", byId(db, "RUSTSEC-2020-0055").withdrawn());
        assertEquals("`acceptxmr-rs` was removed from crates.io for malicious code", byId(db, "RUSTSEC-2023-0115").title());
    }

    @Test
    void notAnArchiveIsAnError() throws IOException {
        Path text = Files.writeString(tmp.resolve("advisories.txt"), "hello");
        IOException e = assertThrows(IOException.class, () -> AdvisoryDatabaseReader.read(text));
        assertTrue(e.getMessage().contains("expected a folder, a .tar.gz, .tgz or .zip archive"), e.getMessage());
    }

    @Test
    void anIdReadTwiceIsReportedAndTheSecondSkipped() throws IOException {
        Path root = tmp.resolve("db");
        String text = Files.readString(FIXTURE.resolve("crates/vuln-lib/RUSTSEC-2099-0004.md"));
        Files.createDirectories(root.resolve("crates/vuln-lib"));
        Files.createDirectories(root.resolve("crates/other"));
        Files.writeString(root.resolve("crates/vuln-lib/RUSTSEC-2099-0004.md"), text);
        Files.writeString(root.resolve("crates/other/RUSTSEC-2099-0004.md"), text);
        AdvisoryDatabase db = AdvisoryDatabaseReader.read(root);
        assertEquals(1, db.advisories().size());
        assertEquals(List.of(
                new Problem(Problem.Stage.ADVISORY, "crates/other/RUSTSEC-2099-0004.md", 0,
                        "package 'vuln-lib' is not the folder's crate 'other'"),
                new Problem(Problem.Stage.ADVISORY, "crates/vuln-lib/RUSTSEC-2099-0004.md", 0,
                        "id RUSTSEC-2099-0004 already read from crates/other/RUSTSEC-2099-0004.md; skipped")),
                db.problems());
    }

    private static Advisory byId(AdvisoryDatabase db, String id) {
        return db.advisories().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
