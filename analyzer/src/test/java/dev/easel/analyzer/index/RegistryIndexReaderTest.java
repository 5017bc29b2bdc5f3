package dev.easel.analyzer.index;

import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegistryIndexReaderTest {

    static final Path INDEX = Path.of("../testdata/dumps/registry-index").toAbsolutePath().normalize();

    @Test
    void readsEveryCrateFileInPathOrder() throws IOException {
        CollectingSink s = new CollectingSink();
        LatestVersions latest = new LatestVersions();
        RegistryIndexReader.Stats stats = RegistryIndexReader.read(INDEX, s.and(latest));

        assertEquals(List.of(new IndexCrate("a", null, null, null), new IndexCrate("cc", null, null, null),
                new IndexCrate("log", null, null, null), new IndexCrate("libz-sys", null, null, null)), s.crates);
        assertEquals(List.of("a 0.1.0", "a 0.2.0", "cc 1.0.73", "cc 1.1.0-beta.1", "cc 1.0.79", "log 0.4.17",
                        "libz-sys 1.1.8", "libz-sys 1.1.12"),
                s.versions.stream().map(v -> v.crate() + " " + v.num()).toList());
        assertEquals(new IndexVersion("a", "0.2.0", SemVer.parse("0.2.0"), true, null, null, null, null, "aa02", null),
                s.versions.get(1));
        assertEquals(new IndexVersion("libz-sys", "1.1.12", SemVer.parse("1.1.12"), false, "z", "2024-05-01T10:00:00Z",
                null, null, "d97137b25e321a73eef1418d1d5d2eda4d77e12813f8e6dead84bc52c5870a7b", "1.56"),
                s.versions.get(7));

        assertEquals(List.of(
                new IndexDependency("cc", "1.0.73", "jobserver", "^0.1.16", DependencyKind.NORMAL, true, true,
                        List.of(), null, null),
                new IndexDependency("cc", "1.0.79", "jobserver", "^0.1.16", DependencyKind.NORMAL, true, true,
                        List.of(), null, null),
                new IndexDependency("cc", "1.0.79", "tempfile", "^3", DependencyKind.DEV, false, true,
                        List.of(), null, null),
                new IndexDependency("log", "0.4.17", "serde", "^1.0", DependencyKind.NORMAL, true, false,
                        List.of(), null, null),
                new IndexDependency("log", "0.4.17", "value-bag", "=1.0.0-alpha.9", DependencyKind.NORMAL, true, false,
                        List.of("std"), null, "value_bag_rename"),
                new IndexDependency("log", "0.4.17", "serde_test", "^1.0", DependencyKind.DEV, false, true,
                        List.of(), null, null),
                new IndexDependency("libz-sys", "1.1.8", "cc", "^1.0.18", DependencyKind.BUILD, false, true,
                        List.of(), null, null),
                new IndexDependency("libz-sys", "1.1.8", "libc", "^0.2.43", DependencyKind.NORMAL, true, true,
                        List.of(), null, null),
                new IndexDependency("libz-sys", "1.1.8", "pkg-config", "^0.3.9", DependencyKind.BUILD, false, true,
                        List.of(), null, null),
                new IndexDependency("libz-sys", "1.1.8", "vcpkg", "^0.2", DependencyKind.BUILD, false, true,
                        List.of(), "cfg(target_env = \"msvc\")", null)), s.dependencies);

        assertEquals(1, s.problems.size(), s.problems.toString());
        Problem p = s.problems.get(0);
        assertEquals(INDEX.resolve("li/bz/libz-sys").toString(), p.file());
        assertEquals(2, p.line());
        assertEquals(new RegistryIndexReader.Stats(4, 8, 10, 1), stats);

        // a's newest is yanked; cc's beta loses to releases; 1.1.12 > 1.1.8 numerically
        assertEquals(Map.of("a", "0.1.0", "cc", "1.0.79", "log", "0.4.17", "libz-sys", "1.1.12"), latest.all());
    }

    /** Found by fuzzing (docs/fuzzing.md): one byte that is not UTF-8 ended the whole import. */
    @Test
    void aLineThatIsNotUtf8IsSkippedAndTheRestIsRead(@TempDir Path tmp) throws IOException {
        Path file = Files.createDirectories(tmp.resolve("3/r")).resolve("rxe");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"name\":\"rxe\",\"vers\":\"0.1.0\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 'n', (byte) 0xFF, '"', '}', '\n'});
        bytes.writeBytes("{\"name\":\"rxe\",\"vers\":\"0.2.0\",\"links\":\"\u00e9\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        CollectingSink s = new CollectingSink();
        RegistryIndexReader.read(tmp, s);
        assertEquals(List.of("0.1.0", "0.2.0"), s.versions.stream().map(IndexVersion::num).toList());
        assertEquals("\u00e9", s.versions.get(1).links());
        assertEquals(List.of(new Problem(Problem.Stage.INDEX, file.toString(), 2, "line skipped: not UTF-8 text")),
                s.problems);
    }
}
