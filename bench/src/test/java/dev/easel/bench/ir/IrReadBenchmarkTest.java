package dev.easel.bench.ir;

import dev.easel.analyzer.ir.FixtureBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the benchmark on a small real .ll and checks its figures are sane (not its timing). */
class IrReadBenchmarkTest {
    @TempDir
    Path work;

    @Test
    void figuresAreSane() throws IOException {
        Path ll = FixtureBuild.buildFixture("graph-calls", work).ll();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        IrReadBenchmark.Result r = IrReadBenchmark.run(ll, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertTrue(r.bytes() > 0);
        assertTrue(r.baselineMBps() > 0 && r.readerMBps() > 0 && r.ratio() > 0);
        assertTrue(r.peakHeap1x() >= 0 && r.peakHeap4x() >= 0);
        assertEquals(15, r.functions());
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("ratio") && printed.contains("4x"), printed);
    }
}
