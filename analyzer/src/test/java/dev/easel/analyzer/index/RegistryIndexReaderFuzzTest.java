package dev.easel.analyzer.index;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.easel.analyzer.fuzzing.ProblemChecks;
import dev.easel.analyzer.fuzzing.Scratch;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Fuzzes {@link RegistryIndexReader} (docs/fuzzing.md), which {@code index import --index} runs over every file of a
 * registry index: whatever the bytes of a crate's file, reading returns; every skipped line is a problem naming the
 * file and the line; every version delivered belongs to the file's first crate. Seeds: the test index of
 * testdata/dumps/registry-index.
 */
class RegistryIndexReaderFuzzTest {
    private static final Path ROOT = Scratch.dir("registry-index");
    private static final Path FILE = ROOT.resolve("ba/se/base-lib");

    static {
        Scratch.write(ROOT.resolve("config.json"), "{\"dl\":\"http://127.0.0.1:1/dl\"}".getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void indexFile(byte[] input) throws IOException {
        Scratch.write(FILE, input);
        CollectingSink sink = new CollectingSink();
        RegistryIndexReader.Stats stats = RegistryIndexReader.read(ROOT, sink);
        ProblemChecks.assertLocated(sink.problems, Set.of(FILE.toString()), ProblemChecks.lines(input));
        assertEquals(sink.problems.size(), stats.problems());
        for (IndexVersion v : sink.versions) {
            assertNotNull(v.num());
            assertEquals(sink.crates.get(0).name(), v.crate(), "every version of a file is of its first crate");
        }
    }
}
