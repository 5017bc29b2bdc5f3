package dev.easel.bench.source;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the benchmark on the project's fixture crates: the figures must be sane (not a timing test). */
class SourceScanBenchmarkTest {
    @Test
    void figuresAreSane() {
        Path crates = Path.of("").toAbsolutePath();
        while (!crates.resolve("testdata/crates").toFile().isDirectory()) {
            crates = crates.getParent();
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SourceScanBenchmark.Figures f = SourceScanBenchmark.run(crates.resolve("testdata/crates"),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertTrue(f.crates() >= 5);
        assertTrue(f.files() >= f.crates());
        assertTrue(f.bytes() > 0);
        assertTrue(f.mbPerSecond() > 0 && f.filesPerSecond() > 0 && f.ratioToBaseline() > 0);
        assertTrue(f.msPerCrate() > 0);
        assertTrue(f.peakHeapBytes() > 0);
        assertEquals(f.crates(), f.cratesWithCounters());
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("ms per crate"));
    }
}
