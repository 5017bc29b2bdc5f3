package dev.easel.analyzer.index;

import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DbDumpReaderTest {

    static final Path DUMPS = Path.of("../testdata/dumps").toAbsolutePath().normalize();
    static final Path SMALL = DUMPS.resolve("2024-06-01-020030");

    /** Packs a dated dump folder's tables into a tar.gz in the given order, as crates.io's tarball would hold them. */
    static Path tar(Path dated, Path out, String... tables) throws IOException {
        try (OutputStream o = Files.newOutputStream(out);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(o))) {
            for (String t : tables) {
                Path f = dated.resolve("data/" + t + ".csv");
                TarArchiveEntry e = new TarArchiveEntry(dated.getFileName() + "/data/" + t + ".csv");
                e.setSize(Files.size(f));
                tar.putArchiveEntry(e);
                Files.copy(f, tar);
                tar.closeArchiveEntry();
            }
        }
        return out;
    }

    static void assertSmallDump(CollectingSink s, String label) {
        assertEquals(List.of("libz-sys", "libc", "flate2", "pkg-config", "vcpkg", "odd-pre"),
                s.crates.stream().map(IndexCrate::name).toList());
        assertEquals(new IndexCrate("libc", "2015-01-15 20:17:32.540373", "2023-11-26 00:11:22.334455",
                "https://github.com/rust-lang/libc"), s.crates.get(1));
        assertEquals(new IndexCrate("pkg-config", "2014-11-24 23:29:21.069021", "2022-10-27 10:00:00", null),
                s.crates.get(3));

        assertEquals(11, s.versions.size(), "row of unknown crate 77 skipped");
        assertEquals(new IndexVersion("libz-sys", "1.1.9", SemVer.parse("1.1.9"), false, "z",
                "2022-08-05 16:03:08.122212", 1478234L, "MIT OR Apache-2.0",
                "ae5f4c9a54be9fc7d0b4d0e4a8e1c1b4f2d5b0d6e7c8a9b0c1d2e3f4a5b6c7d8", null, 1000L, null), s.versions.get(0));
        assertEquals(new IndexVersion("libc", "0.2.151", SemVer.parse("0.2.151"), true, null, "2023-12-05 00:00:00",
                700100L, "MIT OR Apache-2.0", "4c2f6e4f8e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39",
                "1.13", 10L, null), s.versions.get(3));
        assertEquals(null, s.versions.get(4).crateSize());

        assertEquals(List.of(
                new IndexDependency("libz-sys", "1.1.9", "libc", "^0.2.43", DependencyKind.NORMAL, true, true,
                        List.of(), null, null),
                new IndexDependency("libz-sys", "1.1.9", "pkg-config", "^0.3.9", DependencyKind.BUILD, false, true,
                        List.of(), null, null),
                new IndexDependency("libz-sys", "1.1.9", "vcpkg", "^0.2", DependencyKind.BUILD, false, true,
                        List.of(), "cfg(target_env = \"msvc\")", null),
                new IndexDependency("flate2", "1.0.25", "libz-sys", "^1.1.0", DependencyKind.NORMAL, true, false,
                        List.of("static", "with space"), null, null),
                new IndexDependency("flate2", "1.0.25", "libc", "^0.2", DependencyKind.DEV, false, true,
                        List.of(), null, "libc_dev"),
                new IndexDependency("flate2", "2.0.0-rc.1", "libz-sys", "^1.1", DependencyKind.NORMAL, false, true,
                        List.of(), null, null),
                new IndexDependency("odd-pre", "0.0.1-pre", "libc", "^0.2", DependencyKind.NORMAL, false, true,
                        List.of("std"), "cfg(unix)", null)), s.dependencies);

        assertEquals(List.of(
                new Problem(Problem.Stage.INDEX, label + "data/versions.csv", 13, "row skipped: unknown crate_id 77"),
                new Problem(Problem.Stage.INDEX, label + "data/dependencies.csv", 8, "row skipped: unknown version_id 999")),
                s.problems);
    }

    @Test
    void extractedFolder() throws IOException {
        CollectingSink s = new CollectingSink();
        DbDumpReader.Stats stats = DbDumpReader.read(DUMPS.resolve("2024-06-01-020030"), s);
        assertSmallDump(s, SMALL + "/");
        assertEquals(new DbDumpReader.Stats(6, 11, 7, 0, 2, List.of(), List.of(
                "no data/crate_owners.csv in " + SMALL + ": crate owners not imported",
                "no crate download counts in " + SMALL
                        + " (crates.csv has no downloads column and there is no crate_downloads.csv)")), stats);
        // the parent folder (holding the dated folder) reads the same
        CollectingSink viaParent = new CollectingSink();
        Path onlySmall = DUMPS; // DUMPS holds 2022-format and 2024-06-01-020030: the last dated folder wins
        DbDumpReader.read(onlySmall, viaParent);
        assertEquals(s.dependencies, viaParent.dependencies);
    }

    @Test
    void tarInEveryOrderGivesTheSameRecords(@TempDir Path tmp) throws IOException {
        String label = "!2024-06-01-020030/";
        List<String[]> orders = List.of(
                new String[]{"crates", "versions", "dependencies"},
                new String[]{"dependencies", "versions", "crates"},
                new String[]{"versions", "crates", "dependencies"},
                new String[]{"crates", "dependencies", "versions"});
        for (String[] order : orders) {
            Path dump = tar(SMALL, tmp.resolve(String.join("-", order) + ".tar.gz"), order);
            CollectingSink s = new CollectingSink();
            DbDumpReader.Stats stats = DbDumpReader.read(dump, s, tmp.resolve("spill"));
            assertSmallDump(s, dump + label);
            assertEquals(11, stats.versions());
            try (Stream<Path> left = Files.list(tmp.resolve("spill"))) {
                assertEquals(0, left.count(), "spill files removed");
            } catch (java.nio.file.NoSuchFileException e) {
                assertEquals(List.of(), stats.spilled());
            }
        }
    }

    @Test
    void committedTarballHoldsVersionsBeforeCrates() throws IOException {
        // GNU tar wrote this one in directory order: versions, dependencies, crates — both spill paths
        CollectingSink s = new CollectingSink();
        Path dump = DUMPS.resolve("db-dump-small.tar.gz");
        DbDumpReader.Stats stats = DbDumpReader.read(dump, s);
        assertSmallDump(s, dump + "!2024-06-01-020030/");
        assertEquals(List.of("versions", "dependencies"), stats.spilled());
    }

    @Test
    void olderColumnSetIsReadByHeaderName() throws IOException {
        CollectingSink s = new CollectingSink();
        DbDumpReader.Stats stats = DbDumpReader.read(DUMPS.resolve("2022-format"), s);
        assertEquals(List.of(), s.problems);
        assertEquals(List.of("rand", "rand_core"), s.crates.stream().map(IndexCrate::name).toList());
        // crates.csv still had the downloads column; no owner tables: a notice, not a problem
        assertEquals(139933633L, s.crates.get(0).downloads());
        assertEquals(List.of(), s.owners);
        assertEquals(List.of("no data/crate_owners.csv in " + DUMPS.resolve("2022-format") + ": crate owners not imported"),
                stats.notices());
        assertEquals(new IndexVersion("rand", "0.1.3-experimental", SemVer.parse("0.1.3-experimental"), false, null,
                "2014-12-18 06:56:46.88489", null, "MIT/Apache-2.0",
                "d879626d5babe4ca6c4ec953d712e28d939672b325a4f9352f28ca3c82568a15", null, 845L, null), s.versions.get(0));
        assertEquals(List.of(new IndexDependency("rand", "0.1.2", "rand_core", "^0.1", DependencyKind.NORMAL, false,
                true, List.of(), null, null)), s.dependencies);
    }

    @Test
    void latestVersionsOfTheSmallDump() throws IOException {
        LatestVersions latest = new LatestVersions();
        DbDumpReader.read(SMALL, latest);
        // libc 0.2.151 is yanked, 0.3.0-alpha.1 a pre-release; odd-pre has only pre-releases (0.0.2-pre yanked)
        assertEquals(Map.of("libc", "0.2.150", "libz-sys", "1.1.9", "flate2", "1.0.25", "pkg-config", "0.3.26",
                "vcpkg", "0.2.15", "odd-pre", "0.0.1-pre"), latest.all());
        assertTrue(latest.isLatest("libc", "0.2.150"));
        assertEquals(null, latest.latest("nope"));
    }

    @Test
    void missingColumnsAndTablesAreProblems(@TempDir Path tmp) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("crates.csv"), "id,title\n1,x\n");
        CollectingSink s = new CollectingSink();
        DbDumpReader.Stats stats = DbDumpReader.read(tmp, s);
        assertEquals(0, stats.rows());
        assertEquals(3, s.problems.size(), s.problems.toString());
        assertTrue(s.problems.get(0).message().startsWith("missing column(s) [name]"));
        assertTrue(s.problems.get(1).message().contains("no data/versions.csv"));
    }

    /** Found by fuzzing (docs/fuzzing.md): commons-csv's malformed-CSV errors ended the whole read. */
    @Test
    void malformedCsvIsAProblemAndTheOtherTablesAreRead(@TempDir Path tmp) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("crates.csv"), "id,name\n1,serde\n2,\"tokio\n3,rand\n");
        Files.writeString(data.resolve("versions.csv"), "id,crate_id,num\n10,1,1.0.0\n11,1,\"1.0.1\"x\n12,1,1.0.2\n");
        Files.writeString(data.resolve("dependencies.csv"), "version_id,crate_id,req,kind\n10,1,^1,0\n");
        CollectingSink s = new CollectingSink();
        DbDumpReader.read(tmp, s);
        assertEquals(List.of("serde"), s.crates.stream().map(IndexCrate::name).toList());
        assertEquals(List.of("1.0.0"), s.versions.stream().map(IndexVersion::num).toList());
        assertEquals(1, s.dependencies.size());
        assertEquals(2, s.problems.size(), s.problems.toString());
        Problem crates = s.problems.get(0);
        assertEquals(data.resolve("crates.csv").toString(), crates.file());
        assertEquals(3, crates.line()); // the unterminated quote opens on line 3
        assertTrue(crates.message().startsWith("malformed CSV, rest of file skipped: "), crates.message());
        Problem versions = s.problems.get(1);
        assertEquals(data.resolve("versions.csv").toString(), versions.file());
        assertEquals(3, versions.line());
    }

    /** Found by fuzzing: a header with an empty name, or malformed, escaped the reader as an exception. */
    @Test
    void badHeaderSkipsTheFile(@TempDir Path tmp) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("crates.csv"), "id,name,,\n1,serde,,\n");
        Files.writeString(data.resolve("versions.csv"), "id,\"crate_id\"x,num\n10,1,1.0.0\n");
        CollectingSink s = new CollectingSink();
        DbDumpReader.read(tmp, s);
        assertEquals(List.of(), s.crates);
        List<String> skipped = s.problems.stream().filter(p -> p.message().startsWith("bad CSV header, file skipped"))
                .map(p -> Path.of(p.file()).getFileName() + ":" + p.line()).toList();
        assertEquals(List.of("crates.csv:1", "versions.csv:1"), skipped, s.problems.toString());
    }

    @Test
    void postgresArrays() {
        assertEquals(List.of(), PgText.array("{}"));
        assertEquals(List.of("a", "b"), PgText.array("{a,b}"));
        assertEquals(List.of("with,comma", "q\"uote", "back\\slash", "x"),
                PgText.array("{\"with,comma\",\"q\\\"uote\",\"back\\\\slash\",x}"));
        assertEquals(List.of("std"), PgText.array("{NULL,std}"));
        assertEquals(List.of("NULL"), PgText.array("{\"NULL\"}"));
    }
}
