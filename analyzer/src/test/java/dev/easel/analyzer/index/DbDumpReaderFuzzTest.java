package dev.easel.analyzer.index;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.easel.analyzer.fuzzing.ProblemChecks;
import dev.easel.analyzer.fuzzing.Scratch;
import dev.easel.analyzer.model.Problem;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link DbDumpReader} (docs/fuzzing.md). {@code dumpTables} reads an extracted dump whose tables are the
 * input's form-feed-separated sections (crates, versions, dependencies, users, teams, crate_owners, crate_downloads;
 * fewer sections, fewer files): no exception at all, every problem names one of the files and a line inside it.
 * {@code dumpTarball} reads the input as the tar of a {@code db-dump.tar.gz} (gzipped by the target): a damaged
 * container may be an IOException (the reader's documented contract for the dump itself), nothing else may escape,
 * and no spilled table is left behind. Seeds: the test dumps of testdata/dumps.
 */
class DbDumpReaderFuzzTest {
    private static final String[] TABLES = {"crates", "versions", "dependencies", "users", "teams", "crate_owners",
        "crate_downloads"};
    private static final Path FOLDER = Scratch.dir("db-dump-folder");
    private static final Path DATA = FOLDER.resolve("data");
    private static final Path TARBALL = Scratch.dir("db-dump-tar").resolve("db-dump.tar.gz");
    private static final Path SPILL = Scratch.dir("db-dump-spill");

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void dumpTables(byte[] input) throws IOException {
        List<byte[]> sections = split(input, (byte) '\f');
        Map<String, Long> lines = new HashMap<>();
        lines.put(FOLDER.toString(), 0L);
        for (int i = 0; i < TABLES.length; i++) {
            Path csv = DATA.resolve(TABLES[i] + ".csv");
            if (i < sections.size()) {
                Scratch.write(csv, sections.get(i));
                lines.put(csv.toString(), Math.max(1, ProblemChecks.lines(sections.get(i))));
            } else {
                Files.deleteIfExists(csv);
            }
        }
        Checked sink = new Checked();
        DbDumpReader.Stats stats = DbDumpReader.read(FOLDER, sink, SPILL);
        for (Problem p : sink.problems) {
            Long fileLines = lines.get(p.file());
            assertNotNull(fileLines, () -> "problem names no file of the dump: " + p);
            ProblemChecks.assertLocated(List.of(p), Set.of(p.file()), fileLines);
        }
        assertEquals(sink.problems.size(), stats.problems());
        assertEquals(sink.crates, stats.crates());
        assertEquals(sink.versions, stats.versions());
        assertEquals(sink.dependencies, stats.dependencies());
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void dumpTarball(byte[] tar) {
        Scratch.write(TARBALL, gzip(tar));
        Checked sink = new Checked();
        try {
            DbDumpReader.read(TARBALL, sink, SPILL);
        } catch (IOException damagedContainer) {
            assertNotNull(damagedContainer.getMessage());
        }
        for (Problem p : sink.problems) {
            assertTrue(p.file() != null && p.file().startsWith(TARBALL.toString()), () -> "names another file: " + p);
            assertTrue(p.line() >= 0 && p.message() != null && !p.message().isBlank(), () -> "bad problem: " + p);
        }
        try (Stream<Path> left = Files.list(SPILL)) {
            assertEquals(List.of(), left.toList(), "spilled tables are deleted");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts what arrives and checks that every record has the fields its consumers key on. */
    private static final class Checked implements IndexSink {
        final List<Problem> problems = new ArrayList<>();
        long crates;
        long versions;
        long dependencies;

        @Override
        public void crate(IndexCrate c) {
            assertNotNull(c.name());
            crates++;
        }

        @Override
        public void version(IndexVersion v) {
            assertTrue(v.crate() != null && v.num() != null, () -> "version without crate or number: " + v);
            versions++;
        }

        @Override
        public void dependency(IndexDependency d) {
            assertTrue(d.fromCrate() != null && d.fromVersion() != null && d.toCrate() != null && d.kind() != null,
                    () -> "dependency without its ends: " + d);
            dependencies++;
        }

        @Override
        public void owner(IndexOwner o) {
            assertTrue(o.crate() != null && o.kind() != null && o.login() != null, () -> "owner incomplete: " + o);
        }

        @Override
        public void crateDownloads(IndexCrateDownloads d) {
            assertTrue(d.crate() != null && d.downloads() >= 0, () -> "bad download count: " + d);
        }

        @Override
        public void problem(Problem p) {
            problems.add(p);
        }
    }

    private static List<byte[]> split(byte[] input, byte separator) {
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == separator) {
                parts.add(Arrays.copyOfRange(input, from, i));
                from = i + 1;
            }
        }
        return parts;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream gz = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (GzipCompressorOutputStream out = new GzipCompressorOutputStream(gz)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gz.toByteArray();
    }
}
